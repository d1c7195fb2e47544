-- CreateEnum
CREATE TYPE "PrescriptionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'AWAITING_PRESCRIPTION';

-- AlterTable
ALTER TABLE "Medicine" ADD COLUMN     "restrictedIngredient" TEXT,
ADD COLUMN     "restrictedMgPerPack" INTEGER;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "prescriptionId" TEXT;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "restrictedIngredient" TEXT,
ADD COLUMN     "restrictedMgPerPack" INTEGER;

-- CreateTable
CREATE TABLE "Prescription" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "status" "PrescriptionStatus" NOT NULL DEFAULT 'PENDING',
    "prescriberName" TEXT,
    "issuedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "refillsAllowed" INTEGER,
    "usesCount" INTEGER NOT NULL DEFAULT 0,
    "rejectionReason" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Prescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrescriptionMedicine" (
    "prescriptionId" TEXT NOT NULL,
    "genericKey" TEXT NOT NULL,
    "strengthKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "PrescriptionMedicine_pkey" PRIMARY KEY ("prescriptionId","genericKey","strengthKey")
);

-- CreateTable
CREATE TABLE "RestrictedIngredientLimit" (
    "ingredient" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "dailyMg" INTEGER NOT NULL,
    "monthlyMg" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RestrictedIngredientLimit_pkey" PRIMARY KEY ("ingredient")
);

-- CreateIndex
CREATE UNIQUE INDEX "Prescription_storageKey_key" ON "Prescription"("storageKey");

-- CreateIndex
CREATE INDEX "Prescription_customerId_status_createdAt_idx" ON "Prescription"("customerId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_prescriptionId_idx" ON "Order"("prescriptionId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_prescriptionId_fkey" FOREIGN KEY ("prescriptionId") REFERENCES "Prescription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrescriptionMedicine" ADD CONSTRAINT "PrescriptionMedicine_prescriptionId_fkey" FOREIGN KEY ("prescriptionId") REFERENCES "Prescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: invariants Prisma cannot express.
ALTER TABLE "Medicine" ADD CONSTRAINT "Medicine_restricted_pair" CHECK (
  ("restrictedIngredient" IS NULL AND "restrictedMgPerPack" IS NULL)
  OR ("restrictedIngredient" IS NOT NULL AND "restrictedMgPerPack" > 0));
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_restricted_pair" CHECK (
  ("restrictedIngredient" IS NULL AND "restrictedMgPerPack" IS NULL)
  OR ("restrictedIngredient" IS NOT NULL AND "restrictedMgPerPack" > 0));
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_size_range" CHECK ("sizeBytes" > 0 AND "sizeBytes" <= 10485760);
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_uses_nonnegative" CHECK ("usesCount" >= 0);
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_refills_nonnegative" CHECK ("refillsAllowed" IS NULL OR "refillsAllowed" >= 0);
-- An approved prescription carries what the pharmacist checked, a rejected one why.
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_review_complete" CHECK (
  ("status" <> 'APPROVED' OR ("prescriberName" IS NOT NULL AND "issuedAt" IS NOT NULL AND "expiresAt" IS NOT NULL
                               AND "refillsAllowed" IS NOT NULL AND "expiresAt" > "issuedAt"))
  AND ("status" <> 'REJECTED' OR "rejectionReason" IS NOT NULL));
ALTER TABLE "RestrictedIngredientLimit" ADD CONSTRAINT "RestrictedIngredientLimit_positive" CHECK ("dailyMg" > 0 AND "monthlyMg" >= "dailyMg");
-- Orders for prescriptions are summed per customer over recent time windows.
CREATE INDEX "OrderItem_restricted_idx" ON "OrderItem"("restrictedIngredient") WHERE "restrictedIngredient" IS NOT NULL;

-- US CMEA mail-order limits for pseudoephedrine, ephedrine and phenylpropanolamine (base, mg).
INSERT INTO "RestrictedIngredientLimit" ("ingredient", "label", "dailyMg", "monthlyMg", "updatedAt") VALUES
  ('pseudoephedrine', 'Pseudoephedrine', 3600, 7500, now()),
  ('ephedrine', 'Ephedrine', 3600, 7500, now()),
  ('phenylpropanolamine', 'Phenylpropanolamine', 3600, 7500, now());
