import { listenToChannel, type DbOrTx, type ListenerState } from "@healio/db";
import { rootLogger } from "../observability/logger";

/**
 * Cross-process invalidation of the in-memory caches (category tree, next catalogue clock
 * instant, cached public catalogue answers).
 *
 * Every app process (each cluster worker, both apps) keeps these caches per database client.
 * The database tells them: triggers on the catalogue's tables NOTIFY at commit, whoever wrote
 * (migration 20261130140000_catalogue_change_notify), so a change made in psql, by a job or by the
 * other app is seen too. A mutation also drops what it changed in its own process at once
 * (trpc.ts), so its caller's next read does not wait for the notification. Every process LISTENs
 * (one connection each, reconnecting) and drops the cache when the notification arrives. PostgreSQL delivers a notification only to sessions listening when it
 * commits, so on every (re)LISTEN everything is dropped, and while no connection listens,
 * `isListening` is false: caches that depend on notifications alone must not serve then.
 */
export const CACHE_CHANNEL = "healio_cache";

export type CacheTopic = "category-tree" | "catalogue-clock" | "catalogue";

/** A tree or clock change also changes catalogue answers. */
const IMPLIED: Record<CacheTopic, CacheTopic[]> = {
  "category-tree": ["category-tree", "catalogue"],
  "catalogue-clock": ["catalogue-clock", "catalogue"],
  catalogue: ["catalogue"],
};

type Drop = (db: object) => void;
const droppers = new Map<CacheTopic, Drop[]>();
const watched = new WeakSet<object>();

/** A cache registers how to drop its entries for one client (at module load, once per topic). */
export function onCacheChange(topic: CacheTopic, drop: Drop): void {
  droppers.set(topic, [...(droppers.get(topic) ?? []), drop]);
}

/** Drops `topic` (and what it implies) in this process only. */
export function dropLocally(db: object, topic: CacheTopic): void {
  for (const t of IMPLIED[topic]) for (const drop of droppers.get(t) ?? []) drop(db);
}

const listening = new WeakSet<object>();

/** Whether `db`'s LISTEN connection is up, i.e. whether every change reaches this process now. */
export function isListening(db: object): boolean {
  return listening.has(db);
}

function logListenerState(s: ListenerState): void {
  const log = rootLogger().child({ component: "cache-events" });
  if (s.state === "listening") log.info({ channel: CACHE_CHANNEL }, "listening for cache invalidations");
  else if (s.state === "deaf") log.warn({ channel: CACHE_CHANNEL }, "this database does not pass notifications between sessions (embedded PGlite?): caches fall back to their TTL, and no catalogue answer is served from memory");
  else log.warn({ channel: CACHE_CHANNEL, error: s.error, retryInMs: s.retryInMs }, "cache invalidation listener lost; caches fall back to their TTL until it is back");
}

/**
 * Starts listening for `db` (idempotent; a no-op for clients that cannot listen, such as
 * transaction clients). Called where a cache is enabled for a client.
 */
export function watchCacheChanges(db: DbOrTx): void {
  if (watched.has(db)) return;
  watched.add(db);
  listenToChannel(
    db,
    CACHE_CHANNEL,
    {
      onNotification(payload) {
        if (Object.hasOwn(IMPLIED, payload)) dropLocally(db, payload as CacheTopic);
      },
      onResync() {
        listening.add(db);
        for (const topic of droppers.keys()) dropLocally(db, topic);
      },
    },
    (state) => {
      // Dropped before anything is served again: a cache checks isListening on every read.
      if (state.state === "lost") listening.delete(db);
      logListenerState(state);
    },
  );
}
