import { performance } from "node:perf_hooks";
import pg from "pg";
import { APP_SESSION_OPTIONS, createDb } from "@healio/db";
import type { Actor } from "../src/actor";
import { enableCategoryCache } from "../src/category/category-cache";
import { createCaller } from "../src/root";
import type { Statement } from "./capture";
import { namedQuery } from "./named-query";
import { median } from "./load";
import type { BenchFixtures, Scenario } from "./scenarios";

/** Who calls a scenario's procedure in-process (capture, R3). */
export function actorFor(s: Scenario, f: BenchFixtures): Actor | null {
  if (s.caller === "customer") return { userId: f.customerIds[0]!, role: "CUSTOMER", email: "customer1@bench.healio", name: "Customer 1" };
  if (s.caller === "seller") return { userId: f.sellerIds[0]!, role: "SELLER", email: "seller1@bench.healio", name: "Seller 1" };
  if (s.caller === "admin") return { userId: f.adminId, role: "ADMIN", email: "admin@bench.healio", name: "Bench Admin" };
  return null;
}

/** Calls a scenario's procedure in-process (capture, R3). */
export function callFor(s: Scenario) {
  const [router, proc] = s.procedure.split(".") as [string, string];
  return (caller: ReturnType<typeof createCaller>) =>
    (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[router]![proc]!(s.input);
}

/** R3: the same work through the service + Prisma and as bare pg statements, one call at a time. */
export async function prismaVsPg(url: string, s: Scenario, f: BenchFixtures, statements: Statement[], runs: number) {
  const db = createDb({ url, max: 1 });
  enableCategoryCache(db); // as the HTTP handler does
  // The app pool's session settings (no parallel Gather), so both sides run the same plan.
  const client = new pg.Client({ connectionString: url, options: APP_SESSION_OPTIONS });
  await client.connect();
  try {
    const caller = createCaller({ db, actor: actorFor(s, f) });
    const call = callFor(s);
    const timesPrisma: number[] = [];
    const timesPg: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await call(caller);
      for (const st of statements) await client.query(namedQuery(st));
    }
    for (let i = 0; i < runs; i += 1) {
      let t0 = performance.now();
      await call(caller);
      timesPrisma.push(performance.now() - t0);
      t0 = performance.now();
      for (const st of statements) await client.query(namedQuery(st));
      timesPg.push(performance.now() - t0);
    }
    const prisma = median(timesPrisma);
    const raw = median(timesPg);
    return { endpoint: s.name, statements: statements.length, prismaMs: round2(prisma), pgMs: round2(raw), ratio: round2(prisma / raw) };
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

