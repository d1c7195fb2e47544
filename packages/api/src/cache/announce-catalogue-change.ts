import type { DbOrTx } from "@healio/db";
import { currentLog } from "../observability/request-context";
import { CACHE_CHANNEL } from "./cache-events";

/**
 * The SQL a transaction runs (as a CTE of one of its statements) so that the catalogue triggers
 * send nothing for its writes (migration 20261130150000_catalogue_notify_after_checkout): a NOTIFY
 * inside a transaction serializes its commit with every other notifying commit. Whoever uses it
 * calls announceCatalogueChange after the commit.
 */
export const QUIET_CATALOGUE_TRIGGERS_SQL = "SELECT set_config('healio.catalogue_notify', 'after_commit', true) AS quiet";

type Announcer = { waiters: ((value: void) => void)[]; running: boolean };
const announcers = new WeakMap<object, Announcer>();

/**
 * Tells every process that the catalogue changed (NOTIFY 'catalogue'), after the caller's commit;
 * resolves once the notification is committed, so the caller's answer goes out only after every
 * process can hear of its write. Callers that arrive while one is in flight share the next one: a
 * burst of checkouts costs a few notifications, not one each. A failure is logged, not thrown (the
 * write itself committed); cached answers then catch up within their few seconds of life.
 */
export function announceCatalogueChange(db: DbOrTx): Promise<void> {
  let announcer = announcers.get(db);
  if (!announcer) {
    announcer = { waiters: [], running: false };
    announcers.set(db, announcer);
  }
  const state = announcer;
  return new Promise<void>((resolve) => {
    state.waiters.push(resolve);
    if (!state.running) void run(db, state);
  });
}

async function run(db: DbOrTx, state: Announcer): Promise<void> {
  state.running = true;
  while (state.waiters.length > 0) {
    // Whoever arrived during the NOTIFY in flight committed after it was sent: the next one.
    const batch = state.waiters;
    state.waiters = [];
    try {
      // Its own transaction, committed without waiting for the WAL flush: the notification lock is
      // held for microseconds instead of an fsync, and a notification lost in a crash costs
      // nothing (listeners drop everything when they reconnect).
      await db.$executeRaw`SELECT set_config('synchronous_commit', 'off', true), pg_notify(${CACHE_CHANNEL}, 'catalogue')`;
    } catch (error) {
      currentLog().warn({ err: error }, "catalogue change not announced; cached catalogue answers catch up within their lifetime");
    }
    for (const resolve of batch) resolve();
  }
  state.running = false;
}
