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
 * Runs `call` twice through the real router (createCaller, the same services the HTTP handler
 * runs) on a Prisma client that records every statement, and returns the statements of the
 * second, warm call: what the app sends per request once its caches are filled (within the
 * category cache's TTL, which the capture takes far less than).
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
    await call(caller);
    events.length = 0;
    await call(caller);
    return events.map((e) => ({ text: e.query, values: parseParams(e.params) }));
  } finally {
    await db.$disconnect();
  }
}
