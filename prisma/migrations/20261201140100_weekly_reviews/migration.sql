-- AlterEnum
ALTER TYPE "CommentSubjectType" ADD VALUE 'REVIEW';

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ownerId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "wentWell" TEXT,
    "toChange" TEXT,
    "adjustments" JSONB NOT NULL DEFAULT '[]',
    "weeklyTargets" JSONB,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_ownerId_weekStart_key" ON "Review"("ownerId", "weekStart");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
