-- CreateTable
CREATE TABLE "AnalyticsHourRollup" (
    "hour" TIMESTAMP(3) NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "shippingCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsHourRollup_pkey" PRIMARY KEY ("hour","status")
);

-- CreateTable
CREATE TABLE "AnalyticsCheckoutRollup" (
    "checkoutId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "statusMask" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsCheckoutRollup_pkey" PRIMARY KEY ("checkoutId","hour")
);

-- CreateTable
CREATE TABLE "AnalyticsCheckoutHourRollup" (
    "hour" TIMESTAMP(3) NOT NULL,
    "statusMask" INTEGER NOT NULL,
    "checkouts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsCheckoutHourRollup_pkey" PRIMARY KEY ("hour","statusMask")
);

-- CreateTable
CREATE TABLE "AnalyticsMedicineRollup" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "medicineId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsMedicineRollup_pkey" PRIMARY KEY ("level","bucket","status","medicineId")
);

-- CreateTable
CREATE TABLE "AnalyticsSellerRollup" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "sellerId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsSellerRollup_pkey" PRIMARY KEY ("level","bucket","status","sellerId")
);

-- ---------------------------------------------------------------------------
-- Hand-written: the rollups of the marketplace revenue dashboard (packages/api/src/analytics,
-- docs in the README's "Revenue analytics" section). They hold SUMS of the very columns the
-- raw-line queries add up, grouped by order status, so the revenue bases are applied when the
-- dashboard reads them and no revenue rule lives here.
-- - Kept by statement-level triggers on "Order" and "OrderItem" (INSERT, UPDATE, DELETE) with
--   transition tables, inside the writing transaction: checkout's one-statement CTE insert fires
--   each trigger once, a status change fires the "Order" trigger and, through
--   "Order_copies_to_items", the "OrderItem" one. Every write path is covered because the
--   triggers sit on the tables, not in the services.
-- - Each trigger turns its transition tables into signed rows (+1 new, -1 old) and adds the
--   grouped deltas with INSERT ... ON CONFLICT DO UPDATE (row locks make concurrent increments
--   safe), in key order so that two writers take the rows in the same order. Groups whose delta
--   is zero (an update that changed nothing counted) are skipped.
-- - Span rollups (medicine, seller) are keyed by aligned spans of 2^level UTC days, levels 2..8
--   (4..256 days), bucket = UTC day number >> level. The reader covers the whole UTC days of a
--   range with at most two spans per level and reads the few hours at each end from the order
--   lines. Keep levels 2..8 in step with ROLLUP_SPAN_LEVELS in analytics/rollup-plan.ts.
-- - Checkouts: per (checkout, UTC hour) the bit mask of its orders' statuses, recomputed from
--   "Order" after locking that row (so concurrent changes to two orders of one split checkout
--   chain correctly), and per (hour, mask) the number of checkouts. Orders of one checkout are
--   written by one statement and share createdAt, so a checkout lies in one hour.
-- - TRUNCATE of "Order"/"OrderItem" is not tracked: rebuild with the backfill at the end.
-- ---------------------------------------------------------------------------
ALTER TABLE "AnalyticsHourRollup" ADD CONSTRAINT "AnalyticsHourRollup_non_negative"
  CHECK ("revenueCents" >= 0 AND units >= 0 AND orders >= 0 AND "shippingCents" >= 0);
ALTER TABLE "AnalyticsCheckoutHourRollup" ADD CONSTRAINT "AnalyticsCheckoutHourRollup_non_negative"
  CHECK (checkouts >= 0);
ALTER TABLE "AnalyticsMedicineRollup" ADD CONSTRAINT "AnalyticsMedicineRollup_non_negative"
  CHECK ("revenueCents" >= 0 AND units >= 0);
ALTER TABLE "AnalyticsSellerRollup" ADD CONSTRAINT "AnalyticsSellerRollup_non_negative"
  CHECK ("revenueCents" >= 0 AND units >= 0 AND orders >= 0);

-- One bit per order status: an explicit list, so adding a status fails loudly here until mapped.
CREATE FUNCTION "healio_order_status_bit"(s "OrderStatus") RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN CASE s::text
    WHEN 'AWAITING_PRESCRIPTION' THEN 1
    WHEN 'PLACED' THEN 2
    WHEN 'PROCESSING' THEN 4
    WHEN 'SHIPPED' THEN 8
    WHEN 'DELIVERED' THEN 16
    WHEN 'CANCELLED' THEN 32
  END;
END $$;

-- UTC day number of a UTC timestamp (days since 1970-01-01).
CREATE FUNCTION "healio_utc_day"(t timestamp) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT floor(extract(epoch FROM t) / 86400)::integer $$;

-- The signed rows of a statement's transition tables, as the source of the statements below.
CREATE FUNCTION "healio_rollup_source"(op text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
    ELSE 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1 AS sign, o.* FROM old_rows o'
  END
$$;

-- Two CTEs that add the grouped deltas of CTE <src> (key columns + delta columns named like the
-- table's) to <tbl>. Groups with no negative delta go through INSERT ... ON CONFLICT DO UPDATE
-- (a CHECK is evaluated on the proposed row before the conflict is seen, so a negative delta
-- cannot take that way). Groups with a negative delta UPDATE their row, which must exist: the
-- statement's result counts the ones that found none (see healio_rollup_run).
CREATE FUNCTION "healio_rollup_add_sql"(src text, tbl text, keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format(
    '%1$s_ins AS (
       INSERT INTO %2$I AS r (%3$s, %4$s) SELECT %3$s, %4$s FROM %1$s g WHERE %5$s ORDER BY %3$s
       ON CONFLICT (%3$s) DO UPDATE SET %6$s
     ),
     %1$s_upd AS (
       UPDATE %2$I AS r SET %7$s FROM %1$s g WHERE %8$s AND NOT (%5$s) RETURNING 1
     ),
     %1$s_missing AS (
       SELECT (SELECT count(*) FROM %1$s g WHERE NOT (%5$s)) - (SELECT count(*) FROM %1$s_upd) AS n
     )',
    src, tbl,
    array_to_string(ARRAY(SELECT quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'g.' || quote_ident(v) || ' >= 0' FROM unnest(vals) v), ' AND '),
    array_to_string(ARRAY(SELECT quote_ident(v) || ' = r.' || quote_ident(v) || ' + EXCLUDED.' || quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) || ' = r.' || quote_ident(v) || ' + g.' || quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'r.' || quote_ident(k) || ' = g.' || quote_ident(k) FROM unnest(keys) k), ' AND ')
  )
$f$;

-- Order lines -> hour rollup (revenue, units), medicine and seller span rollups.
CREATE FUNCTION "healio_rollup_items_sql"(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (%s),
    hourly AS (
      SELECT date_trunc('hour', d."orderCreatedAt") AS hour, d."orderStatus" AS status,
             SUM(d.sign * d."lineTotalCents") AS "revenueCents", SUM(d.sign * d.quantity) AS units
      FROM d GROUP BY 1, 2
      HAVING SUM(d.sign * d."lineTotalCents") <> 0 OR SUM(d.sign * d.quantity) <> 0
    ),
    spans AS (
      SELECT l.level, "healio_utc_day"(d."orderCreatedAt") >> l.level AS bucket, d."orderStatus" AS status,
             d."medicineId", d."orderSellerId" AS "sellerId", d.sign * d."lineTotalCents" AS revenue, d.sign * d.quantity AS units
      FROM d CROSS JOIN generate_series(2, 8) AS l (level)
    ),
    medicines AS (
      SELECT level, bucket, status, "medicineId", SUM(revenue) AS "revenueCents", SUM(units) AS units
      FROM spans GROUP BY 1, 2, 3, 4
      HAVING SUM(revenue) <> 0 OR SUM(units) <> 0
    ),
    sellers AS (
      SELECT level, bucket, status, "sellerId", SUM(revenue) AS "revenueCents", SUM(units) AS units
      FROM spans GROUP BY 1, 2, 3, 4
      HAVING SUM(revenue) <> 0 OR SUM(units) <> 0
    ),
    %s, %s, %s
    SELECT (SELECT n FROM hourly_missing) + (SELECT n FROM medicines_missing) + (SELECT n FROM sellers_missing)
  $q$, src,
    "healio_rollup_add_sql"('hourly', 'AnalyticsHourRollup', ARRAY['hour', 'status'], ARRAY['revenueCents', 'units']),
    "healio_rollup_add_sql"('medicines', 'AnalyticsMedicineRollup', ARRAY['level', 'bucket', 'status', 'medicineId'], ARRAY['revenueCents', 'units']),
    "healio_rollup_add_sql"('sellers', 'AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['revenueCents', 'units']))
$f$;

-- Orders -> hour rollup (orders, shipping) and seller span rollup (orders).
CREATE FUNCTION "healio_rollup_orders_sql"(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (%s),
    hourly AS (
      SELECT date_trunc('hour', d."createdAt") AS hour, d.status, SUM(d.sign) AS orders, SUM(d.sign * d."shippingCents") AS "shippingCents"
      FROM d GROUP BY 1, 2
      HAVING SUM(d.sign) <> 0 OR SUM(d.sign * d."shippingCents") <> 0
    ),
    sellers AS (
      SELECT l.level, "healio_utc_day"(d."createdAt") >> l.level AS bucket, d.status, d."sellerId", SUM(d.sign) AS orders
      FROM d CROSS JOIN generate_series(2, 8) AS l (level)
      GROUP BY 1, 2, 3, 4
      HAVING SUM(d.sign) <> 0
    ),
    %s, %s
    SELECT (SELECT n FROM hourly_missing) + (SELECT n FROM sellers_missing)
  $q$, src,
    "healio_rollup_add_sql"('hourly', 'AnalyticsHourRollup', ARRAY['hour', 'status'], ARRAY['orders', 'shippingCents']),
    "healio_rollup_add_sql"('sellers', 'AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['orders']))
$f$;

-- The (checkout, hour) pairs whose set of order statuses may have changed: created if new and
-- LOCKED (the no-op DO UPDATE takes the row lock) before their masks are recomputed.
CREATE FUNCTION "healio_rollup_checkout_lock_sql"(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (%s),
    locked AS (
      INSERT INTO "AnalyticsCheckoutRollup" AS c ("checkoutId", hour)
      SELECT DISTINCT k."checkoutId", k.hour
      FROM (
        SELECT d."checkoutId", date_trunc('hour', d."createdAt") AS hour
        FROM d GROUP BY 1, 2, d.status HAVING SUM(d.sign) <> 0
      ) k
      ORDER BY 1, 2
      ON CONFLICT ("checkoutId", hour) DO UPDATE SET "statusMask" = c."statusMask"
      RETURNING 1
    )
    SELECT count(*) FROM locked
  $q$, src)
$f$;

-- Runs after the lock statement, with a snapshot taken after the lock: the masks are recomputed
-- from "Order" and each changed checkout moves from its old mask's count to its new one.
CREATE FUNCTION "healio_rollup_checkout_masks_sql"(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (%s),
    keys AS (
      SELECT DISTINCT k."checkoutId", k.hour
      FROM (
        SELECT d."checkoutId", date_trunc('hour', d."createdAt") AS hour
        FROM d GROUP BY 1, 2, d.status HAVING SUM(d.sign) <> 0
      ) k
    ),
    fresh AS (
      SELECT k."checkoutId", k.hour, COALESCE(bit_or("healio_order_status_bit"(o.status)), 0) AS mask
      FROM keys k
      LEFT JOIN "Order" o ON o."checkoutId" = k."checkoutId"
        AND o."createdAt" >= k.hour AND o."createdAt" < k.hour + interval '1 hour'
      GROUP BY 1, 2
    ),
    old AS (
      SELECT c."checkoutId", c.hour, c."statusMask" FROM "AnalyticsCheckoutRollup" c JOIN keys k USING ("checkoutId", hour)
    ),
    updated AS (
      UPDATE "AnalyticsCheckoutRollup" c SET "statusMask" = f.mask
      FROM fresh f
      WHERE c."checkoutId" = f."checkoutId" AND c.hour = f.hour AND c."statusMask" <> f.mask
      RETURNING c."checkoutId", c.hour, f.mask
    ),
    moves AS (
      SELECT hour, "statusMask", SUM(n) AS checkouts
      FROM (
        SELECT o.hour, o."statusMask", -1 AS n FROM updated u JOIN old o USING ("checkoutId", hour) WHERE o."statusMask" <> 0
        UNION ALL
        SELECT u.hour, u.mask, 1 AS n FROM updated u WHERE u.mask <> 0
      ) m
      GROUP BY 1, 2 HAVING SUM(n) <> 0
    ),
    %s
    SELECT n FROM moves_missing
  $q$, src,
    "healio_rollup_add_sql"('moves', 'AnalyticsCheckoutHourRollup', ARRAY['hour', 'statusMask'], ARRAY['checkouts']))
$f$;

-- Each statement above returns how many groups with a negative delta found no row to take it
-- from: the rollups are out of step with the orders (e.g. after a TRUNCATE). Refuse, never drift.
CREATE FUNCTION "healio_rollup_check"(missing bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF missing IS DISTINCT FROM 0 THEN
    RAISE EXCEPTION 'analytics rollups are out of step with the orders: run SELECT "healio_rollup_rebuild"()'
      USING ERRCODE = 'check_violation';
  END IF;
END $$;

-- The trigger functions, one per table and operation, with the statements above written into
-- them as static SQL: PL/pgSQL keeps their plans for the session, where EXECUTE would plan these
-- CTEs again on every checkout (measured: ~7 ms of a checkout). They run in the trigger function
-- itself because only it sees the transition tables.
DO $do$
DECLARE
  op text;
BEGIN
  FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format($fn$
      CREATE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        missing bigint;
      BEGIN
        %s INTO missing;
        PERFORM "healio_rollup_check"(missing);
        RETURN NULL;
      END $body$
    $fn$, 'healio_rollup_order_items_' || lower(op), "healio_rollup_items_sql"("healio_rollup_source"(op)));
    EXECUTE format($fn$
      CREATE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        missing bigint;
      BEGIN
        %s INTO missing;
        PERFORM "healio_rollup_check"(missing);
        %s INTO missing;
        %s INTO missing;
        PERFORM "healio_rollup_check"(missing);
        RETURN NULL;
      END $body$
    $fn$, 'healio_rollup_orders_' || lower(op), "healio_rollup_orders_sql"("healio_rollup_source"(op)),
      "healio_rollup_checkout_lock_sql"("healio_rollup_source"(op)), "healio_rollup_checkout_masks_sql"("healio_rollup_source"(op)));
  END LOOP;
END $do$;

CREATE TRIGGER "OrderItem_rollup_insert" AFTER INSERT ON "OrderItem"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_order_items_insert"();
CREATE TRIGGER "OrderItem_rollup_update" AFTER UPDATE ON "OrderItem"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_order_items_update"();
CREATE TRIGGER "OrderItem_rollup_delete" AFTER DELETE ON "OrderItem"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_order_items_delete"();

CREATE TRIGGER "Order_rollup_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_orders_insert"();
CREATE TRIGGER "Order_rollup_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_orders_update"();
CREATE TRIGGER "Order_rollup_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_rollup_orders_delete"();

-- Backfill from the existing rows with the very statements the triggers run (all rows are "new").
CREATE FUNCTION "healio_rollup_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  missing bigint;
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  PERFORM set_config('jit', 'off', true);
  DELETE FROM "AnalyticsHourRollup";
  DELETE FROM "AnalyticsCheckoutRollup";
  DELETE FROM "AnalyticsCheckoutHourRollup";
  DELETE FROM "AnalyticsMedicineRollup";
  DELETE FROM "AnalyticsSellerRollup";
  EXECUTE "healio_rollup_items_sql"('SELECT 1 AS sign, i.* FROM "OrderItem" i') INTO missing;
  PERFORM "healio_rollup_check"(missing);
  EXECUTE "healio_rollup_orders_sql"('SELECT 1 AS sign, o.* FROM "Order" o') INTO missing;
  PERFORM "healio_rollup_check"(missing);
  EXECUTE "healio_rollup_checkout_lock_sql"('SELECT 1 AS sign, o.* FROM "Order" o');
  EXECUTE "healio_rollup_checkout_masks_sql"('SELECT 1 AS sign, o.* FROM "Order" o') INTO missing;
  PERFORM "healio_rollup_check"(missing);
END $$;

SELECT "healio_rollup_rebuild"();
