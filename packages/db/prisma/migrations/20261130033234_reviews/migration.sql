-- DropIndex
DROP INDEX "Review_medicineId_createdAt_idx";

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "helpfulCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenReason" TEXT,
ADD COLUMN     "replyAt" TIMESTAMP(3),
ADD COLUMN     "replyBody" TEXT;

-- CreateTable
CREATE TABLE "ReviewHelpfulVote" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewHelpfulVote_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateIndex
CREATE INDEX "ReviewHelpfulVote_userId_idx" ON "ReviewHelpfulVote"("userId");

-- CreateIndex
CREATE INDEX "Review_medicineId_createdAt_id_idx" ON "Review"("medicineId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Review_medicineId_helpfulCount_id_idx" ON "Review"("medicineId", "helpfulCount" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Review_userId_idx" ON "Review"("userId");

-- AddForeignKey
ALTER TABLE "ReviewHelpfulVote" ADD CONSTRAINT "ReviewHelpfulVote_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHelpfulVote" ADD CONSTRAINT "ReviewHelpfulVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: limits the service also validates, enforced by the database itself.
ALTER TABLE "Review" ADD CONSTRAINT "Review_body_length" CHECK (char_length("body") <= 2000);
ALTER TABLE "Review" ADD CONSTRAINT "Review_title_length" CHECK ("title" IS NULL OR char_length("title") <= 120);
ALTER TABLE "Review" ADD CONSTRAINT "Review_reply_length" CHECK ("replyBody" IS NULL OR char_length("replyBody") <= 2000);
ALTER TABLE "Review" ADD CONSTRAINT "Review_reply_consistent" CHECK (("replyBody" IS NULL) = ("replyAt" IS NULL));
ALTER TABLE "Review" ADD CONSTRAINT "Review_hidden_has_reason" CHECK ("hiddenAt" IS NULL OR "hiddenReason" IS NOT NULL);
ALTER TABLE "Review" ADD CONSTRAINT "Review_helpful_nonnegative" CHECK ("helpfulCount" >= 0);
