import { createDb, type QueryEvent } from "@healio/db";
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
 * second, warm call: what the app sends per request once its caches are filled.
 */
export async function captureStatements(
  url: string,
  actor: Actor | null,
  call: (caller: ReturnType<typeof createCaller>) => Promise<unknown>,
): Promise<Statement[]> {
  const events: QueryEvent[] = [];
  const db = createDb({ url, max: 2, onQuery: (e) => events.push(e) });
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
