import type { CacheTopic } from "./cache-events";

/**
 * Which in-memory caches a successful mutation may have made stale, by router, dropped in the
 * mutation's own process right after it (other processes hear it from the database's triggers).
 * Routers whose mutations can change the category tree or what counts as a sellable medicine in it
 * (blocking or suspending a seller hides their listings); sale mutations move the catalogue clock.
 */
const RULES: { prefixes: readonly string[]; topic: CacheTopic }[] = [
  { prefixes: ["category.", "listing.", "admin.", "seller.", "sellers.", "people."], topic: "category-tree" },
  { prefixes: ["sale."], topic: "catalogue-clock" },
];

export function topicsChangedBy(path: string): CacheTopic[] {
  return RULES.filter((r) => r.prefixes.some((p) => path.startsWith(p))).map((r) => r.topic);
}
