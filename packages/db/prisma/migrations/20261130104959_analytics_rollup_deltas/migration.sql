-- CreateTable
CREATE TABLE "AnalyticsHourRollupDelta" (
    "hour" TIMESTAMP(3) NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "shippingCents" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "AnalyticsCheckoutHourRollupDelta" (
    "hour" TIMESTAMP(3) NOT NULL,
    "statusMask" INTEGER NOT NULL,
    "checkouts" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "AnalyticsMedicineRollupDelta" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "medicineId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "AnalyticsSellerRollupDelta" (
    "level" SMALLINT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "sellerId" TEXT NOT NULL,
    "revenueCents" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0
);


-- ---------------------------------------------------------------------------
-- Hand-written: checkouts no longer lock shared rollup rows. The analytics_rollups triggers added
-- their grouped deltas to the shared rows (per hour and status, per hour and status mask, per span
-- and medicine, per span and seller) with INSERT ... ON CONFLICT DO UPDATE, so every checkout of
-- one hour waited for the row locks of the one before it until that one committed. Now:
-- - the triggers append their signed deltas to "<table>Delta" (plain INSERTs: no key, no CHECK,
--   values may be negative), so concurrent checkouts share no row.
-- - "healio_rollup_fold"() moves the committed deltas into their tables in one transaction
--   (DELETE ... RETURNING, summed per key, UPDATE the rows that exist, INSERT the others), one
--   fold at a time (advisory lock). The API's job worker runs it every few seconds and the
--   dashboard before reading when many deltas are pending (analytics/rollup-fold.ts).
-- - readers add each table's deltas to it (analytics/rollup-sources.ts), so a snapshot sees a
--   delta either pending or folded, never both, never neither: exact without a fold.
-- - "AnalyticsCheckoutRollup" (one row per checkout and hour, locked only by writers of that
--   checkout) is still written in place: it chains the status masks of a split checkout.
-- ---------------------------------------------------------------------------

-- Same signature as before, so the statement builders of analytics_rollups stay as they are: the
-- CTE <src>_ins appends the grouped deltas of <src> to <tbl>Delta. Nothing can be missing here
-- (the fold checks that), so <src>_missing is 0.
CREATE OR REPLACE FUNCTION "healio_rollup_add_sql"(src text, tbl text, keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format(
    '%1$s_ins AS (
       INSERT INTO %2$I (%3$s, %4$s) SELECT %3$s, %4$s FROM %1$s
     ),
     %1$s_missing AS (
       SELECT 0::bigint AS n
     )',
    src, tbl || 'Delta',
    array_to_string(ARRAY(SELECT quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) FROM unnest(vals) v), ', ')
  )
$f$;

-- One statement that folds <tbl>Delta into <tbl>: returns (deltas folded, groups with a negative
-- sum that found no row). Groups summing to zero change nothing and are skipped. A new group must
-- be non-negative (the table's CHECK): one that is not means the rollups are out of step.
CREATE FUNCTION "healio_rollup_fold_sql"(tbl text, keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format(
    'WITH d AS (
       DELETE FROM %1$I RETURNING *
     ),
     g AS (
       SELECT %3$s, %4$s FROM d GROUP BY %3$s HAVING %5$s
     ),
     upd AS (
       UPDATE %2$I AS r SET %6$s FROM g WHERE %7$s RETURNING %8$s
     ),
     ins AS (
       INSERT INTO %2$I (%3$s, %9$s)
       SELECT %3$s, %9$s FROM g WHERE %10$s AND NOT EXISTS (SELECT 1 FROM upd r WHERE %7$s)
     )
     SELECT (SELECT count(*) FROM d),
            (SELECT count(*) FROM g WHERE NOT (%10$s) AND NOT EXISTS (SELECT 1 FROM upd r WHERE %7$s))',
    tbl || 'Delta', tbl,
    array_to_string(ARRAY(SELECT quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT 'SUM(' || quote_ident(v) || ') AS ' || quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'SUM(' || quote_ident(v) || ') <> 0' FROM unnest(vals) v), ' OR '),
    array_to_string(ARRAY(SELECT quote_ident(v) || ' = r.' || quote_ident(v) || ' + g.' || quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'r.' || quote_ident(k) || ' = g.' || quote_ident(k) FROM unnest(keys) k), ' AND '),
    array_to_string(ARRAY(SELECT 'r.' || quote_ident(k) FROM unnest(keys) k), ', '),
    array_to_string(ARRAY(SELECT quote_ident(v) FROM unnest(vals) v), ', '),
    array_to_string(ARRAY(SELECT 'g.' || quote_ident(v) || ' >= 0' FROM unnest(vals) v), ' AND ')
  )
$f$;

-- The trigger functions again, with the statements written in from the new builder (static SQL,
-- as in analytics_rollups: PL/pgSQL keeps their plans). CREATE OR REPLACE keeps the triggers.
DO $do$
DECLARE
  op text;
BEGIN
  FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format($fn$
      CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        missing bigint;
      BEGIN
        %s INTO missing;
        PERFORM "healio_rollup_check"(missing);
        RETURN NULL;
      END $body$
    $fn$, 'healio_rollup_order_items_' || lower(op), "healio_rollup_items_sql"("healio_rollup_source"(op)));
    EXECUTE format($fn$
      CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
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

-- The fold: every table in one transaction (the caller's), one fold at a time. Each statement
-- takes its snapshot after the lock, so a fold that waited sees what the one before it did.
-- Returns how many delta rows it folded.
DO $do$
BEGIN
  EXECUTE format($fn$
    CREATE FUNCTION "healio_rollup_fold"() RETURNS bigint LANGUAGE plpgsql AS $body$
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
    "healio_rollup_fold_sql"('AnalyticsHourRollup', ARRAY['hour', 'status'], ARRAY['revenueCents', 'units', 'orders', 'shippingCents']),
    "healio_rollup_fold_sql"('AnalyticsCheckoutHourRollup', ARRAY['hour', 'statusMask'], ARRAY['checkouts']),
    "healio_rollup_fold_sql"('AnalyticsMedicineRollup', ARRAY['level', 'bucket', 'status', 'medicineId'], ARRAY['revenueCents', 'units']),
    "healio_rollup_fold_sql"('AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['revenueCents', 'units', 'orders']));
END $do$;

-- Rebuild: as before, plus the deltas, with writers kept out (SHARE locks wait for the running
-- writes and hold off new ones) so the rows read and the deltas cleared are the same moment's.
-- The statements now append deltas, folded at the end.
CREATE OR REPLACE FUNCTION "healio_rollup_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  missing bigint;
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  PERFORM set_config('jit', 'off', true);
  PERFORM pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
  LOCK TABLE "Order", "OrderItem" IN SHARE MODE;
  DELETE FROM "AnalyticsHourRollup";
  DELETE FROM "AnalyticsCheckoutRollup";
  DELETE FROM "AnalyticsCheckoutHourRollup";
  DELETE FROM "AnalyticsMedicineRollup";
  DELETE FROM "AnalyticsSellerRollup";
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
