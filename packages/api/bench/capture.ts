import { createDb, type QueryEvent } from "@healio/db";
import { enableCategoryCache } from "../src/category/category-cache";
import { createCaller } from "../src/root";
import type { Actor } from "../src/actor";

/** One SQL statement exactly as the app sent it: text with $n placeholders and its values. */
export type Statement = { text: string; values: unknown[] };

function parseParams(params: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(params);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * Runs `call` through the real router (createCaller, the same services the HTTP handler runs) on a
 * Prisma client that records every statement, after two warm-up calls, until two calls in a row send the same statements,
 * and returns those: what the app sends per request once its caches are filled. A single warm-up
 * call is not enough: the client's cache listener (cache-events.ts) drops the caches when its
 * LISTEN starts, which can land between the first and second call, and the capture then held the
 * category-tree query too (the deep page's baseline replayed a whole-catalogue count per request).
 */
export async function captureStatements(
  url: string,
  actor: Actor | null,
  call: (caller: ReturnType<typeof createCaller>) => Promise<unknown>,
): Promise<Statement[]> {
  const events: QueryEvent[] = [];
  const db = createDb({ url, max: 2, onQuery: (e) => events.push(e) });
  enableCategoryCache(db); // as the HTTP handler does
  try {
    const caller = createCaller({ db, actor });
    // Two warm-up calls apart: the LISTEN usually starts during the first, and its cache drop
    // makes the second load the tree again, so two equal calls alone can both be cold.
    for (let warm = 0; warm < 2; warm += 1) {
      await call(caller);
      await new Promise((done) => setTimeout(done, 250));
    }
    let previous: string | null = null;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      events.length = 0;
      await call(caller);
      const statements = events.map((e) => ({ text: e.query, values: parseParams(e.params) }));
      // Sorted: statements a service sends concurrently (the dashboard's) arrive in any order.
      const texts = JSON.stringify(statements.map((st) => st.text).sort());
      if (texts === previous) return statements;
      previous = texts;
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error("capture: the statements of consecutive calls kept changing");
  } finally {
    await db.$disconnect();
  }
}
