-- AlterEnum
ALTER TYPE "SellerStatus" ADD VALUE 'SUSPENDED';

-- DropIndex
DROP INDEX "SellerProfile_status_idx";

-- AlterTable
ALTER TABLE "SellerProfile" ADD COLUMN     "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "businessAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "licenceExpiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '1 year'),
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supervisingPharmacist" TEXT NOT NULL DEFAULT '';

-- Existing sellers keep selling: their licences were checked when they were approved, so give them a
-- year until the expiry date is entered. New applications always state one (no default).
ALTER TABLE "SellerProfile" ALTER COLUMN "licenceExpiresAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "bannedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "SellerProfile_status_appliedAt_idx" ON "SellerProfile"("status", "appliedAt");

-- CreateIndex
CREATE INDEX "user_createdAt_id_idx" ON "user"("createdAt", "id");

-- A reason is required whenever an account is blocked or a seller rejected/suspended.
ALTER TABLE "user" ADD CONSTRAINT "user_ban_reason_check"
  CHECK (NOT banned OR ("banReason" IS NOT NULL AND length(btrim("banReason")) > 0));
