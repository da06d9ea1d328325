-- CreateEnum
CREATE TYPE "CoachLinkStatus" AS ENUM ('ACTIVE', 'REVOKED', 'ENDED');

-- CreateEnum
CREATE TYPE "CommentSubjectType" AS ENUM ('WEEK', 'EVENT', 'CONVERSATION', 'MEETING', 'LEAD', 'PLAN');

-- CreateEnum
CREATE TYPE "TargetSuggestionStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "CoachInvite" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobseekerId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachLink" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coachId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "status" "CoachLinkStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CoachLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "clientId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "subjectType" "CommentSubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "parentId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetSuggestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coachId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "targetEvents" INTEGER NOT NULL,
    "targetNewContacts" INTEGER NOT NULL,
    "targetOneOnOnes" INTEGER NOT NULL,
    "targetConversationsMentioningSearchPct" INTEGER NOT NULL,
    "status" "TargetSuggestionStatus" NOT NULL DEFAULT 'PROPOSED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "TargetSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coachId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "resource" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoachInvite_codeHash_key" ON "CoachInvite"("codeHash");

-- CreateIndex
CREATE INDEX "CoachInvite_jobseekerId_idx" ON "CoachInvite"("jobseekerId");

-- CreateIndex
CREATE INDEX "CoachLink_coachId_status_idx" ON "CoachLink"("coachId", "status");

-- CreateIndex
CREATE INDEX "CoachLink_clientId_createdAt_id_idx" ON "CoachLink"("clientId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Comment_clientId_subjectType_subjectId_createdAt_id_idx" ON "Comment"("clientId", "subjectType", "subjectId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Comment_clientId_createdAt_id_idx" ON "Comment"("clientId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Comment_authorId_idx" ON "Comment"("authorId");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE INDEX "TargetSuggestion_clientId_createdAt_id_idx" ON "TargetSuggestion"("clientId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TargetSuggestion_coachId_idx" ON "TargetSuggestion"("coachId");

-- CreateIndex
CREATE INDEX "AccessLogEntry_clientId_at_id_idx" ON "AccessLogEntry"("clientId", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AccessLogEntry_coachId_idx" ON "AccessLogEntry"("coachId");

-- AddForeignKey
ALTER TABLE "CoachInvite" ADD CONSTRAINT "CoachInvite_jobseekerId_fkey" FOREIGN KEY ("jobseekerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachLink" ADD CONSTRAINT "CoachLink_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachLink" ADD CONSTRAINT "CoachLink_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetSuggestion" ADD CONSTRAINT "TargetSuggestion_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetSuggestion" ADD CONSTRAINT "TargetSuggestion_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one ACTIVE link per coach and client (ended and revoked links stay as history).
-- A partial index, which the Prisma schema cannot declare (see the CoachLink model).
CREATE UNIQUE INDEX "CoachLink_active_pair_key" ON "CoachLink"("coachId", "clientId") WHERE "status" = 'ACTIVE';
