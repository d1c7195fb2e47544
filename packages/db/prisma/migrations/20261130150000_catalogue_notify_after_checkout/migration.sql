-- A NOTIFY inside a transaction serializes its commit with every other notifying commit (PostgreSQL
-- holds a cluster-wide lock from the notify queue write until the commit is flushed): inside
-- checkout that cost a third of its throughput (pgbench replaying one checkout, 32 clients: 54-58
-- TPS without, 33-38 with). A transaction that sets healio.catalogue_notify to 'after_commit'
-- (checkout does, for its stock and lot decrements) sends nothing from the triggers: the app
-- announces the change itself right after the commit, coalesced per process
-- (packages/api/src/cache/announce-catalogue-change.ts).

CREATE OR REPLACE FUNCTION healio_notify_cache() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('healio.catalogue_notify', true) IS DISTINCT FROM 'after_commit' THEN
    PERFORM pg_notify('healio_cache', TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;
