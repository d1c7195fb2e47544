-- CreateEnum
CREATE TYPE "SaleItemStatus" AS ENUM ('PROPOSED', 'APPROVED', 'DECLINED');

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "saleEventId" TEXT,
ADD COLUMN     "saleItemId" TEXT,
ADD COLUMN     "salePriceCents" INTEGER;

-- CreateTable
CREATE TABLE "SaleEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SaleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SaleItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "medicineId" TEXT NOT NULL,
    "salePriceCents" INTEGER,
    "percentOff" INTEGER,
    "capUnits" INTEGER,
    "soldUnits" INTEGER NOT NULL DEFAULT 0,
    "perCustomerLimit" INTEGER,
    "status" "SaleItemStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SaleItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SaleEvent_slug_key" ON "SaleEvent"("slug");

-- CreateIndex
CREATE INDEX "SaleEvent_startsAt_idx" ON "SaleEvent"("startsAt");

-- CreateIndex
CREATE INDEX "SaleEvent_endsAt_idx" ON "SaleEvent"("endsAt");

-- CreateIndex
CREATE INDEX "SaleItem_medicineId_status_idx" ON "SaleItem"("medicineId", "status");

-- CreateIndex
CREATE INDEX "SaleItem_status_createdAt_idx" ON "SaleItem"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SaleItem_eventId_medicineId_key" ON "SaleItem"("eventId", "medicineId");

-- CreateIndex
CREATE INDEX "OrderItem_saleItemId_idx" ON "OrderItem"("saleItemId");

-- CreateIndex
CREATE INDEX "OrderItem_saleEventId_idx" ON "OrderItem"("saleEventId");

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_saleEventId_fkey" FOREIGN KEY ("saleEventId") REFERENCES "SaleEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_saleItemId_fkey" FOREIGN KEY ("saleItemId") REFERENCES "SaleItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "SaleEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_medicineId_fkey" FOREIGN KEY ("medicineId") REFERENCES "Medicine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the sale rules the database itself enforces.
ALTER TABLE "SaleEvent" ADD CONSTRAINT "SaleEvent_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "SaleEvent" ADD CONSTRAINT "SaleEvent_cancel_reason" CHECK ("cancelledAt" IS NULL OR "cancelReason" IS NOT NULL);
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_one_price_rule" CHECK (("salePriceCents" IS NULL) <> ("percentOff" IS NULL));
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_sale_price_nonnegative" CHECK ("salePriceCents" IS NULL OR "salePriceCents" >= 0);
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_percent_range" CHECK ("percentOff" IS NULL OR "percentOff" BETWEEN 1 AND 100);
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_cap_positive" CHECK ("capUnits" IS NULL OR "capUnits" > 0);
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_sold_within_cap" CHECK ("soldUnits" >= 0 AND ("capUnits" IS NULL OR "soldUnits" <= "capUnits"));
ALTER TABLE "SaleItem" ADD CONSTRAINT "SaleItem_limit_positive" CHECK ("perCustomerLimit" IS NULL OR "perCustomerLimit" > 0);
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_sale_snapshot" CHECK (
  ("salePriceCents" IS NULL AND "saleEventId" IS NULL AND "saleItemId" IS NULL)
  OR ("salePriceCents" IS NOT NULL AND "saleEventId" IS NOT NULL AND "saleItemId" IS NOT NULL
      AND "salePriceCents" >= 0 AND "salePriceCents" <= "unitPriceCents"
      AND "discountCents" = ("unitPriceCents" - "salePriceCents") * "quantity"));
-- Live-sale lookups by medicine (the pricing LATERAL) only ever want approved items.
CREATE INDEX "SaleItem_medicine_approved" ON "SaleItem" ("medicineId", "eventId") WHERE status = 'APPROVED';
