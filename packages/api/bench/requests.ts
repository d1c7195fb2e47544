import { randomUUID } from "node:crypto";
import { createDb } from "@healio/db";
import { createCaller } from "../src/root";
import type { RequestShape } from "./load";
import { cartInput, orderInput, type BenchFixtures, type Scenario } from "./scenarios";
import { sessionCookie } from "./sessions";

/** The apps' session secret in bench runs (cookies are signed with it, see sessions.ts). */
export const SECRET = "bench-only-secret-0123456789abcdef0123456789";

export function trpcPath(procedure: string, input: unknown, type: "query" | "mutation"): string {
  const base = `/api/trpc/${procedure}`;
  return type === "query" ? `${base}?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : base;
}

/** Builds the requests of one scenario: cookies round-robin, fresh bodies where needed. */
export function requestFactory(s: Scenario, f: BenchFixtures, origin: string, counter: { n: number }, secret: string = SECRET): () => RequestShape {
  const runId = randomUUID().slice(0, 8);
  return () => {
    const n = counter.n++;
    const headers: Record<string, string> = {};
    let customer = 0;
    if (s.caller === "customer") {
      customer = n % f.customerIds.length;
      headers.cookie = sessionCookie(f.customerIds[customer]!, secret);
    }
    if (s.caller === "seller") headers.cookie = sessionCookie(f.sellerIds[n % f.sellerIds.length]!, secret);
    if (s.caller === "admin") headers.cookie = sessionCookie(f.adminId, secret);
    if (s.manyClients) headers["x-forwarded-for"] = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    if (s.type === "query") return { method: "GET", path: trpcPath(s.procedure, s.input, "query"), headers };
    const input =
      s.vary === "order" ? orderInput(f, n, `bench-${runId}-${n}`) : s.vary === "cart" ? cartInput(f, customer, n) : s.input;
    headers["content-type"] = "application/json";
    headers.origin = origin;
    return { method: "POST", path: trpcPath(s.procedure, input, "mutation"), headers, body: JSON.stringify({ json: input }) };
  };
}

/** The cursor of page `pages` of a category listing (the deep-page scenario), walked in-process. */
export async function deepCursor(url: string, slug: string, pages: number): Promise<string | null> {
  const db = createDb({ url, max: 2 });
  try {
    const caller = createCaller({ db, actor: null });
    let cursor: string | undefined;
    for (let p = 1; p < pages; p += 1) {
      const page = await caller.medicine.list({ categorySlug: slug, ...(cursor ? { cursor } : {}) });
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return cursor ?? null;
  } finally {
    await db.$disconnect();
  }
}
