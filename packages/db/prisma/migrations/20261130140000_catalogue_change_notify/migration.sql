-- Cross-process invalidation of what app processes keep in memory about the catalogue, raised by
-- the database itself: every write to a table a catalogue answer is read from sends a NOTIFY on the
-- app's cache channel when its transaction commits, whoever wrote it (a procedure, a job, a seed,
-- psql). PostgreSQL folds identical notifications of one transaction into one.
--
-- Payloads (packages/api/src/cache/cache-events.ts):
--   'catalogue'        cached public catalogue answers are stale (listings, stock, lots, prices,
--                      ratings, manufacturers)
--   'category-tree'    the cached tree or its counts of sellable listings may be stale (categories,
--                      a listing's state, category or seller, a seller's account or profile)
--   'catalogue-clock'  the next instant at which an answer changes by itself (a sale starts or ends,
--                      a licence or a lot expires) may have come closer
-- The last two imply the first. Checkout's stock decrements send 'catalogue' only.

CREATE FUNCTION healio_notify_cache() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('healio_cache', TG_ARGV[0]);
  RETURN NULL;
END
$$;

CREATE TRIGGER medicine_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Medicine"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue');
CREATE TRIGGER medicine_category_tree_changed AFTER INSERT OR UPDATE OF status, "categoryId", "sellerId" OR DELETE OR TRUNCATE ON "Medicine"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('category-tree');
CREATE TRIGGER batch_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Batch"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue');
CREATE TRIGGER batch_catalogue_clock_changed AFTER INSERT OR UPDATE OF "expiresAt", state ON "Batch"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue-clock');
CREATE TRIGGER category_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Category"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('category-tree');
CREATE TRIGGER manufacturer_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Manufacturer"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue');
CREATE TRIGGER user_category_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "user"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('category-tree');
CREATE TRIGGER seller_profile_category_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SellerProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('category-tree');
CREATE TRIGGER seller_profile_catalogue_clock_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SellerProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue-clock');
CREATE TRIGGER sale_event_catalogue_clock_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SaleEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue-clock');
CREATE TRIGGER sale_item_catalogue_clock_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SaleItem"
  FOR EACH STATEMENT EXECUTE FUNCTION healio_notify_cache('catalogue-clock');
