import { randomBytes } from "node:crypto";

/** URL slug from free text: ASCII, lowercase, dash-separated, at most 80 characters. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/**
 * Candidate slugs, best first: the base itself, then the base with random suffixes. The caller
 * looks all of them up in one query and takes the first free one; a concurrent insert of the same
 * slug still fails on the unique index (P2002 -> CONFLICT), which `retryOnSlugConflict` retries.
 */
export function slugCandidates(base: string, count = 3): string[] {
  return [base, ...Array.from({ length: count }, () => `${base}-${randomBytes(4).toString("hex").slice(0, 6)}`)];
}

export function firstFreeSlug(candidates: readonly string[], taken: Iterable<string>): string {
  const used = new Set(taken);
  const free = candidates.find((c) => !used.has(c));
  // With 3 random 24-bit suffixes this is practically unreachable; the unique index still guards.
  return free ?? `${candidates[0]}-${randomBytes(8).toString("hex")}`;
}

function isSlugConflict(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: unknown; message?: unknown } | null;
  if (!e || e.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes("slug") || String(e.message ?? "").includes("slug");
}

/** Re-runs a whole transaction when two writers raced for the same slug. */
export async function retryOnSlugConflict<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await run();
    } catch (error) {
      if (i >= attempts || !isSlugConflict(error)) throw error;
    }
  }
}
