import { notificationBarrier, type DbOrTx } from "@healio/db";
import { isListening, onCacheChange, watchCacheChanges } from "./cache-events";

/**
 * What the HTTP server in front of Next (scripts/serve/response-cache.mjs) needs to keep anonymous
 * catalogue answers in memory for a few seconds: a generation that moves on every catalogue change
 * this process hears of, and null while it cannot hear of every change (LISTEN connection down), so
 * that nothing is served from memory then, and a barrier that waits for every change committed
 * before it. On globalThis: that server is plain Node outside Next's
 * bundles, and Next may load this module once per route bundle; all copies share one counter.
 */
export const CATALOGUE_ANSWERS_KEY = Symbol.for("healio.catalogueAnswers");

export type CatalogueAnswers = {
  /** The current generation, or null when changes may go unheard (serve and keep nothing). */
  generation(): number | null;
  /**
   * Resolves true once every change committed before the call has moved the generation (a round
   * trip on the LISTEN connection, shared by concurrent callers); false when that is unknown. An
   * answer from memory is served only after this, so a read that follows a write anywhere (psql,
   * the other app, another worker) never gets an answer older than the write.
   */
  barrier(): Promise<boolean>;
};

type Shared = CatalogueAnswers & { counter: number; db: object | null };
const global = globalThis as unknown as Record<symbol, Shared | undefined>;

function shared(): Shared {
  let state = global[CATALOGUE_ANSWERS_KEY];
  if (!state) {
    const created: Shared = {
      counter: 0,
      db: null,
      generation: () => (created.db && isListening(created.db) ? created.counter : null),
      barrier: () => (created.db ? notificationBarrier(created.db) : Promise.resolve(false)),
    };
    state = global[CATALOGUE_ANSWERS_KEY] = created;
  }
  return state;
}

/**
 * Lets the server keep this process's anonymous catalogue answers, invalidated through `db`'s
 * notifications (called by the tRPC handler for the app's client; idempotent).
 */
export function enableCatalogueAnswers(db: DbOrTx): void {
  const state = shared();
  if (state.db) return;
  state.db = db;
  watchCacheChanges(db);
}

onCacheChange("catalogue", () => {
  shared().counter += 1;
});
