import { listenToChannel, type DbOrTx, type ListenerState } from "@healio/db";
import { rootLogger } from "../observability/logger";

/**
 * Cross-process invalidation of the in-memory caches (category tree, next sale boundary).
 *
 * Every app process (each cluster worker, both apps) keeps these caches per database client. A
 * mutation that changes what they hold drops them in its own process at once and then publishes
 * the change with PostgreSQL NOTIFY, right after its transaction committed; every process LISTENs
 * (one connection each, reconnecting) and drops the same cache when the notification arrives. The
 * caches' TTLs stay as the safety net for whatever a notification cannot cover (a listener that is
 * reconnecting, a change written by hand in psql). PostgreSQL delivers a notification only to
 * sessions listening when it commits, so on every (re)LISTEN the caches are dropped as well.
 */
export const CACHE_CHANNEL = "healio_cache";

export type CacheTopic = "category-tree" | "sale-boundary";

type Drop = (db: object) => void;
const droppers = new Map<CacheTopic, Drop[]>();
const watched = new WeakSet<object>();

/** A cache registers how to drop its entries for one client (at module load, once per topic). */
export function onCacheChange(topic: CacheTopic, drop: Drop): void {
  droppers.set(topic, [...(droppers.get(topic) ?? []), drop]);
}

function dropLocally(db: object, topic: CacheTopic): void {
  for (const drop of droppers.get(topic) ?? []) drop(db);
}

function logListenerState(s: ListenerState): void {
  const log = rootLogger().child({ component: "cache-events" });
  if (s.state === "listening") log.info({ channel: CACHE_CHANNEL }, "listening for cache invalidations");
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
        const topic = payload as CacheTopic;
        if (droppers.has(topic)) dropLocally(db, topic);
      },
      onResync() {
        for (const topic of droppers.keys()) dropLocally(db, topic);
      },
    },
    logListenerState,
  );
}

/**
 * Drops `topic` in this process and tells every other process (NOTIFY). Call after the change
 * committed: a process that reloads on the notification must see it. A failed NOTIFY is logged,
 * not thrown: the change itself succeeded, and the other processes catch up within the TTL.
 */
export async function publishCacheChange(db: DbOrTx, topic: CacheTopic): Promise<void> {
  dropLocally(db, topic);
  try {
    await db.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${topic})`;
  } catch (error) {
    rootLogger().child({ component: "cache-events" }).warn({ err: error, topic }, "cache invalidation not published; other processes catch up within the TTL");
  }
}
