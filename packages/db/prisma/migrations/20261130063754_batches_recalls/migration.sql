-- CreateEnum
CREATE TYPE "BatchState" AS ENUM ('AVAILABLE', 'QUARANTINED', 'RECALLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "RecallStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable (NOT NULL once every existing movement has its batch, below)
ALTER TABLE "StockMovement" ADD COLUMN     "batchId" TEXT;

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL,
    "medicineId" TEXT NOT NULL,
    "lotNumber" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "state" "BatchState" NOT NULL DEFAULT 'AVAILABLE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderItemBatch" (
    "orderItemId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "OrderItemBatch_pkey" PRIMARY KEY ("orderItemId","batchId")
);

-- CreateTable
CREATE TABLE "Recall" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "medicineId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "unitsBlocked" INTEGER NOT NULL,
    "customersNotified" INTEGER NOT NULL,
    "status" "RecallStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closeNote" TEXT,

    CONSTRAINT "Recall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Batch_medicineId_state_expiresAt_idx" ON "Batch"("medicineId", "state", "expiresAt");

-- CreateIndex
CREATE INDEX "Batch_state_expiresAt_idx" ON "Batch"("state", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_medicineId_lotNumber_key" ON "Batch"("medicineId", "lotNumber");

-- CreateIndex
CREATE INDEX "OrderItemBatch_batchId_idx" ON "OrderItemBatch"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "Recall_batchId_key" ON "Recall"("batchId");

-- CreateIndex
CREATE INDEX "Recall_sellerId_createdAt_idx" ON "Recall"("sellerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Recall_createdAt_idx" ON "Recall"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "StockMovement_batchId_idx" ON "StockMovement"("batchId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_medicineId_fkey" FOREIGN KEY ("medicineId") REFERENCES "Medicine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItemBatch" ADD CONSTRAINT "OrderItemBatch_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItemBatch" ADD CONSTRAINT "OrderItemBatch_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recall" ADD CONSTRAINT "Recall_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recall" ADD CONSTRAINT "Recall_medicineId_fkey" FOREIGN KEY ("medicineId") REFERENCES "Medicine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: invariants Prisma cannot express.
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_quantity_nonnegative" CHECK ("quantity" >= 0);
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_lotNumber_nonempty" CHECK (length(btrim("lotNumber")) > 0);
ALTER TABLE "OrderItemBatch" ADD CONSTRAINT "OrderItemBatch_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "Recall" ADD CONSTRAINT "Recall_reason_nonempty" CHECK (length(btrim("reason")) > 0);

-- Existing stock moves into one batch per medicine (lot OPENING). Nothing recorded an expiry
-- before batches existed, so the opening lot expires two years after this migration ran: sellers
-- see it in the console and correct it by restocking real lots and writing the opening lot off.
INSERT INTO "Batch" ("id", "medicineId", "lotNumber", "expiresAt", "quantity", "state", "createdAt", "updatedAt")
SELECT 'opening-' || m."id", m."id", 'OPENING', date_trunc('day', now()) + interval '2 years', m."stock", 'AVAILABLE', now(), now()
FROM "Medicine" m
WHERE m."stock" <> 0
   OR EXISTS (SELECT 1 FROM "StockMovement" sm WHERE sm."medicineId" = m."id")
   OR EXISTS (SELECT 1 FROM "OrderItem" oi WHERE oi."medicineId" = m."id");

-- Every past movement belongs to its medicine's opening lot (so SUM(delta) per batch == quantity).
UPDATE "StockMovement" sm SET "batchId" = 'opening-' || sm."medicineId";

-- Every past order line took its units from that lot (a later cancel returns them there).
INSERT INTO "OrderItemBatch" ("orderItemId", "batchId", "quantity")
SELECT oi."id", 'opening-' || oi."medicineId", oi."quantity" FROM "OrderItem" oi WHERE oi."quantity" > 0;

ALTER TABLE "StockMovement" ALTER COLUMN "batchId" SET NOT NULL;
