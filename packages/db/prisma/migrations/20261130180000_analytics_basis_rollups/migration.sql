-- CreateTable
CREATE TABLE "AnalyticsMedicineBasisRollup" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "medicineId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsMedicineBasisRollup_pkey" PRIMARY KEY ("medicineId","level","bucket","basis")
);

-- CreateTable
CREATE TABLE "AnalyticsCategoryBasisRollup" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AnalyticsCategoryBasisRollup_pkey" PRIMARY KEY ("level","bucket","basis","categoryId")
);

-- ---------------------------------------------------------------------------
-- Hand-written: the medicine span rollup per revenue basis, and per category.
-- The dashboard's top medicines and revenue by category over a long range summed the medicine
-- span rows of every counted status: at 100k medicines about one row per medicine, span and
-- status, 0.2-0.8 s for 30-90 days. Now:
-- - "AnalyticsMedicineBasisRollup": per span, basis ('delivered', 'booked') and medicine, the sum
--   of the medicine span rows of the statuses that basis counts ("healio_revenue_bases", which
--   must equal COUNTED_STATUSES in analytics/definitions.ts: a test checks it). One row per
--   medicine and span, read in order of revenue or units through the two INCLUDE indexes (the
--   top medicines' candidate lists, analytics/top-medicines.ts) or whole (index-only).
-- - "AnalyticsCategoryBasisRollup": the same summed per the medicine's category now.
-- - Both are kept by "healio_rollup_fold"(), in the same statement that folds the medicine
--   deltas: they always hold exactly the folded medicine rows, and readers add the pending medicine
--   deltas as before. The Order/OrderItem triggers are unchanged.
-- - A medicine moved to another category moves its rows between categories ("Medicine" trigger).
--   It takes the fold's advisory lock, so a fold and a move never interleave: a fold adds to the
--   category the medicine has when the fold runs, and a move that follows moves those sums too.
-- ---------------------------------------------------------------------------
ALTER TABLE "AnalyticsMedicineBasisRollup" ADD CONSTRAINT "AnalyticsMedicineBasisRollup_non_negative"
  CHECK ("revenueCents" >= 0 AND units >= 0);
ALTER TABLE "AnalyticsMedicineBasisRollup" ADD CONSTRAINT "AnalyticsMedicineBasisRollup_basis"
  CHECK (basis IN ('delivered', 'booked'));
ALTER TABLE "AnalyticsCategoryBasisRollup" ADD CONSTRAINT "AnalyticsCategoryBasisRollup_non_negative"
  CHECK ("revenueCents" >= 0 AND units >= 0);
ALTER TABLE "AnalyticsCategoryBasisRollup" ADD CONSTRAINT "AnalyticsCategoryBasisRollup_basis"
  CHECK (basis IN ('delivered', 'booked'));

-- Each span's rows in order of revenue and of units, carrying the other columns read (INCLUDE:
-- Prisma's schema cannot say it, so schema.prisma lists the key columns only). The key leads with
-- the medicine, so a lookup of one medicine's row of a span (the top medicines' candidates, a
-- medicine's move) is its exact match and never one of these two span scans.
CREATE INDEX "AnalyticsMedicineBasisRollup_level_bucket_basis_revenueCents_idx" ON "AnalyticsMedicineBasisRollup"("level", "bucket", "basis", "revenueCents" DESC) INCLUDE ("medicineId", "units");
CREATE INDEX "AnalyticsMedicineBasisRollup_level_bucket_basis_units_idx" ON "AnalyticsMedicineBasisRollup"("level", "bucket", "basis", "units" DESC) INCLUDE ("medicineId", "revenueCents");

-- The revenue bases an order status counts in: analytics/definitions.ts COUNTED_STATUSES, inverted.
CREATE FUNCTION "healio_revenue_bases"(s "OrderStatus") RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE s::text
    WHEN 'DELIVERED' THEN ARRAY['delivered', 'booked']
    WHEN 'PLACED' THEN ARRAY['booked']
    WHEN 'PROCESSING' THEN ARRAY['booked']
    WHEN 'SHIPPED' THEN ARRAY['booked']
    ELSE ARRAY[]::text[]
  END
$$;

-- CTEs <src>_upd and <src>_ins that add the grouped sums of CTE <src> (one row per key) to <tbl>,
-- and <src>_missing: the groups with a negative sum that found no row (the rollups are out of
-- step). As in healio_rollup_fold_sql, for sums computed in the statement itself.
CREATE FUNCTION "healio_rollup_apply_sql"(src text, tbl text, keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format(
    '%1$s_upd AS (
       UPDATE %2$I AS r SET %5$s FROM %1$s g WHERE %6$s RETURNING %7$s
     ),
     %1$s_ins AS (
       INSERT INTO %2$I (%3$s, %4$s)
       SELECT %3$s, %4$s FROM %1$s g WHERE %8$s AND NOT EXISTS (SELECT 1 FROM %1$s_upd r WHERE %6$s)
     ),
     %1$s_missing AS (
       SELECT count(*) AS out_of_step FROM %1$s g WHERE NOT (%8$s) AND NOT EXISTS (SELECT 1 FROM %1$s_upd r WHERE %6$s)
     )',
    src, tbl,
    array_to_string(ARRAY(SELECT quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) || ' = r.' || quote_ident(v) || ' + g.' || quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'r.' || quote_ident(k) || ' = g.' || quote_ident(k) FROM unnest(keys) k), ' AND '),
    array_to_string(ARRAY(SELECT 'r.' || quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT 'g.' || quote_ident(v) || ' >= 0' FROM unnest(vals) v), ' AND ')
  )
$f$;

-- The fold of the medicine deltas into the medicine span rollup, its per-basis sums and their
-- per-category sums, in one statement: returns (deltas folded, groups out of step).
CREATE FUNCTION "healio_rollup_medicine_fold_sql"() RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (
      DELETE FROM "AnalyticsMedicineRollupDelta" RETURNING *
    ),
    e AS (
      %s
    ),
    medicines AS (
      SELECT level, bucket, status, "medicineId", SUM("revenueCents") AS "revenueCents", SUM(units) AS units
      FROM e GROUP BY 1, 2, 3, 4
      HAVING SUM("revenueCents") <> 0 OR SUM(units) <> 0
    ),
    bases AS (
      SELECT g.level, g.bucket, b.basis, g."medicineId", SUM(g."revenueCents") AS "revenueCents", SUM(g.units) AS units
      FROM medicines g CROSS JOIN unnest("healio_revenue_bases"(g.status)) AS b (basis)
      GROUP BY 1, 2, 3, 4
      HAVING SUM(g."revenueCents") <> 0 OR SUM(g.units) <> 0
    ),
    categories AS (
      SELECT g.level, g.bucket, g.basis, m."categoryId", SUM(g."revenueCents") AS "revenueCents", SUM(g.units) AS units
      FROM bases g JOIN "Medicine" m ON m.id = g."medicineId"
      GROUP BY 1, 2, 3, 4
      HAVING SUM(g."revenueCents") <> 0 OR SUM(g.units) <> 0
    ),
    %s, %s, %s
    SELECT (SELECT count(*) FROM d),
           (SELECT out_of_step FROM medicines_missing) + (SELECT out_of_step FROM bases_missing)
             + (SELECT out_of_step FROM categories_missing)
  $q$,
    "healio_rollup_span_rows_sql"(ARRAY['status', 'medicineId', 'revenueCents', 'units']),
    "healio_rollup_apply_sql"('medicines', 'AnalyticsMedicineRollup', ARRAY['level', 'bucket', 'status', 'medicineId'], ARRAY['revenueCents', 'units']),
    "healio_rollup_apply_sql"('bases', 'AnalyticsMedicineBasisRollup', ARRAY['level', 'bucket', 'basis', 'medicineId'], ARRAY['revenueCents', 'units']),
    "healio_rollup_apply_sql"('categories', 'AnalyticsCategoryBasisRollup', ARRAY['level', 'bucket', 'basis', 'categoryId'], ARRAY['revenueCents', 'units']))
$f$;

-- No delta may be folded by the old fold after the new tables are filled, and no medicine may
-- move meanwhile: wait for the running writers and hold off new ones until this commits.
SELECT pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
LOCK TABLE "Order", "OrderItem", "Medicine" IN SHARE MODE;
SELECT "healio_rollup_fold"();

-- The fold, as in analytics_rollup_fine_deltas, with the medicine statement above.
DO $do$
BEGIN
  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION "healio_rollup_fold"() RETURNS bigint LANGUAGE plpgsql AS $body$
    DECLARE
      folded bigint := 0;
      n bigint;
      missing bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
      %s INTO n, missing;
      PERFORM "healio_rollup_check"(missing);
      folded := folded + n;
      %s INTO n, missing;
      PERFORM "healio_rollup_check"(missing);
      folded := folded + n;
      %s INTO n, missing;
      PERFORM "healio_rollup_check"(missing);
      folded := folded + n;
      %s INTO n, missing;
      PERFORM "healio_rollup_check"(missing);
      RETURN folded + n;
    END $body$
  $fn$,
    "healio_rollup_fold_sql"('AnalyticsHourRollup', ARRAY['hour', 'status'], ARRAY['revenueCents', 'units', 'orders', 'shippingCents'],
      'SELECT * FROM d'),
    "healio_rollup_fold_sql"('AnalyticsCheckoutHourRollup', ARRAY['hour', 'statusMask'], ARRAY['checkouts'],
      'SELECT * FROM d'),
    "healio_rollup_medicine_fold_sql"(),
    "healio_rollup_fold_sql"('AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['revenueCents', 'units', 'orders'],
      "healio_rollup_span_rows_sql"(ARRAY['status', 'sellerId', 'revenueCents', 'units', 'orders'])));
END $do$;

-- A medicine moved to another category takes its folded sums along (its pending deltas need
-- nothing: readers join them to the medicine's category of their own snapshot).
DO $do$
BEGIN
  EXECUTE format($fn$
    CREATE FUNCTION "healio_rollup_medicine_moved"() RETURNS trigger LANGUAGE plpgsql AS $body$
    DECLARE
      missing bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
      WITH moved AS (
        SELECT level, bucket, basis, "revenueCents", units FROM "AnalyticsMedicineBasisRollup"
        WHERE "medicineId" = NEW.id AND ("revenueCents" <> 0 OR units <> 0)
      ),
      shifts AS (
        SELECT level, bucket, basis, OLD."categoryId" AS "categoryId", -"revenueCents" AS "revenueCents", -units AS units FROM moved
        UNION ALL
        SELECT level, bucket, basis, NEW."categoryId", "revenueCents", units FROM moved
      ),
      %s
      SELECT out_of_step INTO missing FROM shifts_missing;
      PERFORM "healio_rollup_check"(missing);
      RETURN NULL;
    END $body$
  $fn$,
    "healio_rollup_apply_sql"('shifts', 'AnalyticsCategoryBasisRollup', ARRAY['level', 'bucket', 'basis', 'categoryId'], ARRAY['revenueCents', 'units']));
END $do$;

CREATE TRIGGER "Medicine_rollup_category" AFTER UPDATE OF "categoryId" ON "Medicine"
  FOR EACH ROW WHEN (OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION "healio_rollup_medicine_moved"();

-- Rebuild, as before, with the new tables emptied too (the fold fills them).
CREATE OR REPLACE FUNCTION "healio_rollup_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  missing bigint;
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  PERFORM set_config('jit', 'off', true);
  PERFORM pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
  LOCK TABLE "Order", "OrderItem", "Medicine" IN SHARE MODE;
  DELETE FROM "AnalyticsHourRollup";
  DELETE FROM "AnalyticsCheckoutRollup";
  DELETE FROM "AnalyticsCheckoutHourRollup";
  DELETE FROM "AnalyticsMedicineRollup";
  DELETE FROM "AnalyticsSellerRollup";
  DELETE FROM "AnalyticsMedicineBasisRollup";
  DELETE FROM "AnalyticsCategoryBasisRollup";
  DELETE FROM "AnalyticsHourRollupDelta";
  DELETE FROM "AnalyticsCheckoutHourRollupDelta";
  DELETE FROM "AnalyticsMedicineRollupDelta";
  DELETE FROM "AnalyticsSellerRollupDelta";
  EXECUTE "healio_rollup_items_sql"('SELECT 1 AS sign, i.* FROM "OrderItem" i') INTO missing;
  PERFORM "healio_rollup_check"(missing);
  EXECUTE "healio_rollup_orders_sql"('SELECT 1 AS sign, o.* FROM "Order" o') INTO missing;
  PERFORM "healio_rollup_check"(missing);
  EXECUTE "healio_rollup_checkout_lock_sql"('SELECT 1 AS sign, o.* FROM "Order" o');
  EXECUTE "healio_rollup_checkout_masks_sql"('SELECT 1 AS sign, o.* FROM "Order" o') INTO missing;
  PERFORM "healio_rollup_check"(missing);
  PERFORM "healio_rollup_fold"();
END $$;

-- The new tables from the folded medicine rows (everything is folded: see above).
INSERT INTO "AnalyticsMedicineBasisRollup" (level, bucket, basis, "medicineId", "revenueCents", units)
SELECT r.level, r.bucket, b.basis, r."medicineId", SUM(r."revenueCents"), SUM(r.units)
FROM "AnalyticsMedicineRollup" r CROSS JOIN unnest("healio_revenue_bases"(r.status)) AS b (basis)
GROUP BY 1, 2, 3, 4
HAVING SUM(r."revenueCents") <> 0 OR SUM(r.units) <> 0;

INSERT INTO "AnalyticsCategoryBasisRollup" (level, bucket, basis, "categoryId", "revenueCents", units)
SELECT r.level, r.bucket, r.basis, m."categoryId", SUM(r."revenueCents"), SUM(r.units)
FROM "AnalyticsMedicineBasisRollup" r JOIN "Medicine" m ON m.id = r."medicineId"
GROUP BY 1, 2, 3, 4
HAVING SUM(r."revenueCents") <> 0 OR SUM(r.units) <> 0;

-- Statistics now: the planner must know these tables are large before the first dashboard reads
-- them (without them it took a span scan per candidate medicine: 3 s instead of 30 ms).
ANALYZE "AnalyticsMedicineBasisRollup";
ANALYZE "AnalyticsCategoryBasisRollup";
