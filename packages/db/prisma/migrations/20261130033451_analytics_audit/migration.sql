-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "orderCreatedAt" TIMESTAMP(3),
ADD COLUMN     "orderSellerId" TEXT,
ADD COLUMN     "orderStatus" "OrderStatus";

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_id_idx" ON "AuditLog"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_createdAt_id_idx" ON "AuditLog"("entityType", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_id_idx" ON "AuditLog"("action", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_analytics_idx" ON "Order"("createdAt", "status", "checkoutId", "shippingCents");

-- CreateIndex
CREATE INDEX "Order_seller_analytics_idx" ON "Order"("sellerId", "createdAt", "status", "checkoutId", "shippingCents");

-- CreateIndex
CREATE INDEX "Order_seller_customer_idx" ON "Order"("sellerId", "customerId", "createdAt");

-- CreateIndex
CREATE INDEX "OrderItem_analytics_idx" ON "OrderItem"("orderCreatedAt", "orderStatus", "medicineId", "quantity", "lineTotalCents");

-- CreateIndex
CREATE INDEX "OrderItem_seller_analytics_idx" ON "OrderItem"("orderSellerId", "orderCreatedAt", "orderStatus", "medicineId", "quantity", "lineTotalCents");

-- ---------------------------------------------------------------------------
-- Hand-written: order lines carry copies of their order's createdAt, status and sellerId, so the
-- revenue analytics (packages/api/src/analytics) aggregate lines of a date range with an
-- index-only scan of "OrderItem_analytics_idx" instead of joining millions of lines to "Order".
-- - On insert, the copies are taken from the order whenever the row trigger can see it. Checkout
--   inserts orders and lines in ONE statement (data-modifying CTEs), where the order of the
--   sub-statements is not guaranteed: that statement also writes the copies itself (from the
--   RETURNING of the order insert), and the statement-level check below verifies every inserted
--   line against its order once the statement is done: a wrong copy is an error, never a
--   silently wrong figure.
-- - When an order's status, createdAt or sellerId changes, its lines follow.
-- - Bulk loaders that disable triggers (session_replication_role = replica) must write the
--   copies themselves; the CHECK below refuses lines without them.
-- ---------------------------------------------------------------------------
UPDATE "OrderItem" i
SET "orderCreatedAt" = o."createdAt", "orderStatus" = o.status, "orderSellerId" = o."sellerId"
FROM "Order" o
WHERE o.id = i."orderId";

CREATE FUNCTION "healio_order_item_copy_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o record;
BEGIN
  SELECT "createdAt", status, "sellerId" INTO o FROM "Order" WHERE id = NEW."orderId";
  IF FOUND THEN
    NEW."orderCreatedAt" := o."createdAt";
    NEW."orderStatus" := o.status;
    NEW."orderSellerId" := o."sellerId";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "OrderItem_copy_order" BEFORE INSERT OR UPDATE ON "OrderItem"
  FOR EACH ROW EXECUTE FUNCTION "healio_order_item_copy_order"();

CREATE FUNCTION "healio_order_item_check_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_items i JOIN "Order" o ON o.id = i."orderId"
    WHERE o."createdAt" IS DISTINCT FROM i."orderCreatedAt"
       OR o.status IS DISTINCT FROM i."orderStatus"
       OR o."sellerId" IS DISTINCT FROM i."orderSellerId"
  ) THEN
    RAISE EXCEPTION 'OrderItem: the copies of its order''s createdAt/status/sellerId do not match the order'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "OrderItem_check_copies" AFTER INSERT ON "OrderItem"
  REFERENCING NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_order_item_check_copies"();

CREATE FUNCTION "healio_order_copies_to_items"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "OrderItem"
  SET "orderCreatedAt" = NEW."createdAt", "orderStatus" = NEW.status, "orderSellerId" = NEW."sellerId"
  WHERE "orderId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Order_copies_to_items" AFTER UPDATE OF status, "createdAt", "sellerId" ON "Order"
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status
        OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
        OR OLD."sellerId" IS DISTINCT FROM NEW."sellerId")
  EXECUTE FUNCTION "healio_order_copies_to_items"();

ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_order_copies_present"
  CHECK ("orderCreatedAt" IS NOT NULL AND "orderStatus" IS NOT NULL AND "orderSellerId" IS NOT NULL);

-- ---------------------------------------------------------------------------
-- Hand-written: "AuditLog" is append-only. UPDATE, DELETE and TRUNCATE are refused, whoever runs
-- them. The single exception is the update the foreign key "AuditLog_actorId_fkey" itself makes
-- (ON DELETE SET NULL) when a user row is hard-deleted: it only sets actorId to NULL and runs
-- inside the foreign key's own trigger (pg_trigger_depth() > 1), so a hand-written
-- `UPDATE "AuditLog" SET "actorId" = NULL` is still refused. The application never deletes users
-- (blocking keeps them), so in practice no row ever changes.
-- ---------------------------------------------------------------------------
CREATE FUNCTION "healio_audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND pg_trigger_depth() > 1
     AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND (to_jsonb(NEW) - 'actorId') = (to_jsonb(OLD) - 'actorId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Audit rows are never changed or removed.';
END $$;

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "healio_audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_audit_log_append_only"();
