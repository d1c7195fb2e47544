import type { DbOrTx } from "@healio/db";
import { onCacheChange, watchCacheChanges } from "../cache/cache-events";
import { loadCategoryRows, type CategoryRow } from "./category-tree";

/**
 * The category tree (with ACTIVE-medicine counts per subtree) kept in memory for a few seconds.
 *
 * Enabled per database client by the HTTP handler (`enableCategoryCache(db)`); services called
 * with any other client (tests, transactions, scripts) read the database every time. Freshness:
 * - this process: every successful category / listing / admin mutation drops it at once
 *   (trpc.ts), so a change is visible to the next request;
 * - other processes (the other app, more workers): the same mutation NOTIFYs them after commit
 *   (cache/cache-events.ts) and they drop theirs when it arrives, a few ms later;
 * - whatever a notification misses: at most TTL_MS later. The tree only routes a listing (which
 *   categories, which plan) and shows counts; prices and stock are never cached here.
 */
export const CATEGORY_CACHE_TTL_MS = 5_000;

export type CategorySnapshot = {
  rows: CategoryRow[];
  /** slug -> the category and all its descendants, and their ACTIVE medicines. */
  subtreeBySlug: Map<string, { ids: string[]; activeCount: number }>;
  totalActive: number;
};

type Entry = { snapshot: Promise<CategorySnapshot>; loadedAt: number; generation: number };

/** Per enabled client: its TTL and its generation (bumped by every invalidation). */
const enabled = new WeakMap<object, { ttlMs: number; generation: number }>();
const entries = new WeakMap<object, Entry>();

/** `ttlMs` is for tests that must tell a notification from an expiry. */
export function enableCategoryCache(db: DbOrTx, options: { ttlMs?: number } = {}): void {
  if (!enabled.has(db)) enabled.set(db, { ttlMs: options.ttlMs ?? CATEGORY_CACHE_TTL_MS, generation: 0 });
  watchCacheChanges(db);
}

/**
 * Drops `db`'s cached tree; a load already under way when this runs is not kept either (it may
 * have read the tree before the change). Called by cache-events for local and notified changes.
 */
export function invalidateCategoryCache(db: object): void {
  const state = enabled.get(db);
  if (state) state.generation += 1;
}
onCacheChange("category-tree", invalidateCategoryCache);

function buildSnapshot(rows: CategoryRow[]): CategorySnapshot {
  const children = new Map<string | null, CategoryRow[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const subtreeBySlug = new Map<string, { ids: string[]; activeCount: number }>();
  for (const row of rows) {
    const ids: string[] = [];
    const stack = [row];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node.id)) continue; // a cycle in bad data must not loop forever
      seen.add(node.id);
      ids.push(node.id);
      stack.push(...(children.get(node.id) ?? []));
    }
    subtreeBySlug.set(row.slug, { ids, activeCount: Number(row.medicineCount) });
  }
  const totalActive = (children.get(null) ?? []).reduce((n, r) => n + Number(r.medicineCount), 0);
  return { rows, subtreeBySlug, totalActive };
}

/** The snapshot from the cache when enabled for `db` (loading it at most once per TTL), else null. */
export async function cachedCategories(db: DbOrTx): Promise<CategorySnapshot | null> {
  const state = enabled.get(db);
  if (!state) return null;
  const now = Date.now();
  const entry = entries.get(db);
  if (entry && entry.generation === state.generation && now - entry.loadedAt < state.ttlMs) return entry.snapshot;
  const snapshot = loadCategoryRows(db).then(buildSnapshot);
  const fresh = { snapshot, loadedAt: now, generation: state.generation };
  entries.set(db, fresh);
  // A failed load is not cached: the next request tries again.
  snapshot.catch(() => {
    if (entries.get(db) === fresh) entries.delete(db);
  });
  return snapshot;
}
