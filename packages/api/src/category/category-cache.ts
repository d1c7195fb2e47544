import type { DbOrTx } from "@healio/db";
import { loadCategoryRows, type CategoryRow } from "./category-tree";

/**
 * The category tree (with ACTIVE-medicine counts per subtree) kept in memory for a few seconds.
 *
 * Enabled per database client by the HTTP handler (`enableCategoryCache(db)`); services called
 * with any other client (tests, transactions, scripts) read the database every time. Freshness:
 * - this process: every successful category / listing / admin mutation drops it at once
 *   (trpc.ts), so a change is visible to the next request;
 * - other processes (the other app, more workers): at most TTL_MS later. The tree only routes a
 *   listing (which categories, which plan); prices and stock are never cached here.
 */
export const CATEGORY_CACHE_TTL_MS = 5_000;

export type CategorySnapshot = {
  rows: CategoryRow[];
  /** slug -> the category and all its descendants, and their ACTIVE medicines. */
  subtreeBySlug: Map<string, { ids: string[]; activeCount: number }>;
  totalActive: number;
};

type Entry = { snapshot: Promise<CategorySnapshot>; loadedAt: number; generation: number };

const enabled = new WeakSet<object>();
const entries = new WeakMap<object, Entry>();
let generation = 0;

export function enableCategoryCache(db: DbOrTx): void {
  enabled.add(db);
}

/** Drops every cached tree of this process (called after mutations that can change it). */
export function invalidateCategoryCache(): void {
  generation += 1;
}

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
  if (!enabled.has(db)) return null;
  const now = Date.now();
  const entry = entries.get(db);
  if (entry && entry.generation === generation && now - entry.loadedAt < CATEGORY_CACHE_TTL_MS) return entry.snapshot;
  const snapshot = loadCategoryRows(db).then(buildSnapshot);
  const fresh = { snapshot, loadedAt: now, generation };
  entries.set(db, fresh);
  // A failed load is not cached: the next request tries again.
  snapshot.catch(() => {
    if (entries.get(db) === fresh) entries.delete(db);
  });
  return snapshot;
}
