-- ---------------------------------------------------------------------------
-- Hand-written: span deltas at the finest level only. The triggers of analytics_rollup_deltas
-- appended one "AnalyticsMedicineRollupDelta"/"AnalyticsSellerRollupDelta" row per span level
-- (levels 2..8: 7 rows per order line and status, ~75 delta rows per 3-seller checkout). Now:
-- - the triggers append span deltas at level 2 only (bucket = UTC day number >> 2),
-- - "healio_rollup_fold"() expands each of them to levels 2..8 (bucket >> (level - 2)) before it
--   sums and applies them, as the rebuild's fold does too (so a rebuild gives the same tables),
-- - readers expand pending deltas the same way (analytics/rollup-sources.ts, spanRows).
-- The span tables keep every level, so reads of folded rows are unchanged.
-- A delta row of the old triggers cannot be told from a new one (its level-2 row looks the same),
-- so none may be left pending: the migration first waits for the running writers of "Order" and
-- "OrderItem" and holds off new ones (SHARE, as the rebuild), folds everything with the old fold,
-- and redefines the functions before it commits. Writers that waited run the new triggers.
-- Keep levels 2..8 in step with ROLLUP_SPAN_LEVELS in analytics/rollup-plan.ts.
-- ---------------------------------------------------------------------------
SELECT pg_advisory_xact_lock(hashtext('healio_rollup_fold'));
LOCK TABLE "Order", "OrderItem" IN SHARE MODE;
SELECT "healio_rollup_fold"();

-- Order lines -> hour rollup (revenue, units), medicine and seller span rollups at level 2.
CREATE OR REPLACE FUNCTION "healio_rollup_items_sql"(src text) RETURNS text
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
      SELECT 2 AS level, "healio_utc_day"(d."orderCreatedAt") >> 2 AS bucket, d."orderStatus" AS status,
             d."medicineId", d."orderSellerId" AS "sellerId", d.sign * d."lineTotalCents" AS revenue, d.sign * d.quantity AS units
      FROM d
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

-- Orders -> hour rollup (orders, shipping) and seller span rollup (orders) at level 2.
CREATE OR REPLACE FUNCTION "healio_rollup_orders_sql"(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS (%s),
    hourly AS (
      SELECT date_trunc('hour', d."createdAt") AS hour, d.status, SUM(d.sign) AS orders, SUM(d.sign * d."shippingCents") AS "shippingCents"
      FROM d GROUP BY 1, 2
      HAVING SUM(d.sign) <> 0 OR SUM(d.sign * d."shippingCents") <> 0
    ),
    sellers AS (
      SELECT 2 AS level, "healio_utc_day"(d."createdAt") >> 2 AS bucket, d.status, d."sellerId", SUM(d.sign) AS orders
      FROM d
      GROUP BY 1, 2, 3, 4
      HAVING SUM(d.sign) <> 0
    ),
    %s, %s
    SELECT (SELECT n FROM hourly_missing) + (SELECT n FROM sellers_missing)
  $q$, src,
    "healio_rollup_add_sql"('hourly', 'AnalyticsHourRollup', ARRAY['hour', 'status'], ARRAY['orders', 'shippingCents']),
    "healio_rollup_add_sql"('sellers', 'AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['orders']))
$f$;

-- The fold statement builder with the delta rows it groups given as <rows>, a SELECT over the
-- deleted deltas d (keys + values by name). Replaces the 3-argument builder.
DROP FUNCTION "healio_rollup_fold_sql"(text, text[], text[]);
CREATE FUNCTION "healio_rollup_fold_sql"(tbl text, keys text[], vals text[], rows text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format(
    'WITH d AS (
       DELETE FROM %1$I RETURNING *
     ),
     e AS (
       %11$s
     ),
     g AS (
       SELECT %3$s, %4$s FROM e GROUP BY %3$s HAVING %5$s
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
    array_to_string(ARRAY(SELECT 'g.' || quote_ident(v) || ' >= 0' FROM unnest(vals) v), ' AND '),
    rows
  )
$f$;

-- The span deltas d (all level 2) as rows of every level 2..8: the span of each level that holds
-- the delta's 4 days. <cols> are the columns after level and bucket.
CREATE FUNCTION "healio_rollup_span_rows_sql"(cols text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format(
    'SELECT l.level, d.bucket >> (l.level - 2) AS bucket, %s
     FROM d CROSS JOIN generate_series(2, 8) AS l (level)',
    array_to_string(ARRAY(SELECT 'd.' || quote_ident(c) FROM unnest(cols) c), ', '))
$$;

-- The trigger functions again, with the statements written in from the new builders (static SQL,
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

-- The fold, as in analytics_rollup_deltas, with the span deltas expanded. "healio_rollup_rebuild"()
-- needs no change: it runs the builders above (level-2 deltas) and then this fold.
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
    "healio_rollup_fold_sql"('AnalyticsMedicineRollup', ARRAY['level', 'bucket', 'status', 'medicineId'], ARRAY['revenueCents', 'units'],
      "healio_rollup_span_rows_sql"(ARRAY['status', 'medicineId', 'revenueCents', 'units'])),
    "healio_rollup_fold_sql"('AnalyticsSellerRollup', ARRAY['level', 'bucket', 'status', 'sellerId'], ARRAY['revenueCents', 'units', 'orders'],
      "healio_rollup_span_rows_sql"(ARRAY['status', 'sellerId', 'revenueCents', 'units', 'orders'])));
END $do$;
