-- CreateEnum
CREATE TYPE "CoachEmailInviteStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');

-- CreateTable
CREATE TABLE "CoachEmailInvite" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coachId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "status" "CoachEmailInviteStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CoachEmailInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledEmail" (
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "emailMessageId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledEmail_pkey" PRIMARY KEY ("userId","kind","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoachEmailInvite_tokenHash_key" ON "CoachEmailInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "CoachEmailInvite_coachId_createdAt_id_idx" ON "CoachEmailInvite"("coachId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CoachEmailInvite_coachId_email_idx" ON "CoachEmailInvite"("coachId", "email");

-- CreateIndex
CREATE INDEX "User_timezone_id_idx" ON "User"("timezone", "id");

-- AddForeignKey
ALTER TABLE "CoachEmailInvite" ADD CONSTRAINT "CoachEmailInvite_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledEmail" ADD CONSTRAINT "ScheduledEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
