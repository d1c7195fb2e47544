import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { enableCategoryCache } from "../category/category-cache";
import { msUntilNextSaleBoundary } from "../pricing/sale-boundary-cache";
import { createCaller } from "../root";
import { actorOf, createUser, unique } from "../testing/factories";

// Two database clients stand for two app processes (two cluster workers, or the storefront and
// the console): each has its own caches and its own LISTEN connection. A change made through one
// must reach the other through NOTIFY. The caches' TTL is set to 10 minutes here, so nothing but
// the notification can make the other client see the change.

const LONG_TTL_MS = 600_000;
let t: TestDatabase;
let a: Db;
let b: Db;
let adminOnA: ReturnType<typeof createCaller>;
const treeOf = (db: Db) => createCaller({ db, actor: null }).category.tree();
const names = (tree: Awaited<ReturnType<typeof treeOf>>) => tree.map((n) => n.name);

/** Polls until `check` holds; the bound only keeps a broken build from hanging the suite. */
async function eventually(check: () => Promise<boolean>, what: string, boundMs = 15_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${boundMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Connections that LISTEN for cache changes, as PostgreSQL sees them (idle after their LISTEN). */
async function listeners(): Promise<number[]> {
  const rows = await t.db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = 'healio-listen'
      AND state = 'idle' AND query LIKE 'LISTEN%'`;
  return rows.map((r) => r.pid);
}

beforeAll(async () => {
  t = await createTestDatabase();
  a = createDb({ url: t.url, max: 2 });
  b = createDb({ url: t.url, max: 2 });
  for (const db of [a, b]) enableCategoryCache(db, { ttlMs: LONG_TTL_MS });
  adminOnA = createCaller({ db: a, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  await eventually(async () => (await listeners()).length === 2, "both clients listening");
});
afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((db) => closeDb(db)));
  await t?.drop();
});

describe("cache invalidation across processes (LISTEN/NOTIFY)", () => {
  it("a category created through one client appears in the other's cached tree without waiting for the TTL", async () => {
    const before = names(await treeOf(b));
    // Written behind the app's back (no notification): B keeps serving its cached tree.
    const sneaked = unique("Sneaked");
    await t.db.category.create({ data: { name: sneaked, slug: sneaked.toLowerCase() } });
    expect(names(await treeOf(b))).toEqual(before);

    const created = await adminOnA.category.create({ name: unique("Created on A") });
    await eventually(async () => names(await treeOf(b)).includes(created.name), "B's tree has A's category");
    // The reload read everything committed, including the unannounced row.
    expect(names(await treeOf(b))).toContain(sneaked);
  });

  it("keeps working after the listening connection is cut (reconnects and drops the cache on resync)", async () => {
    await treeOf(b); // cached
    const [first] = await listeners();
    await t.db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'healio-listen' AND datname = current_database()`;
    await eventually(async () => {
      const now = await listeners();
      return now.length === 2 && !now.includes(first!);
    }, "both listeners back");
    const renamed = unique("Renamed on A");
    const target = await adminOnA.category.create({ name: unique("To rename") });
    await eventually(async () => names(await treeOf(b)).includes(target.name), "B sees the new category");
    await adminOnA.category.rename({ id: target.id, name: renamed });
    await eventually(async () => names(await treeOf(b)).includes(renamed), "B sees the rename");
  });

  it("a sale scheduled through one client moves the other's next sale boundary at once", async () => {
    // A fixed clock: the boundary memo (1 s) cannot expire between the two reads.
    const now = Date.now();
    const before = await msUntilNextSaleBoundary(b, now);
    const startsAt = new Date(now + 30 * 60_000);
    await adminOnA.sale.create({ name: "Flash", slug: unique("flash").toLowerCase(), startsAt, endsAt: new Date(now + 60 * 60_000) });
    await eventually(async () => (await msUntilNextSaleBoundary(b, now)) !== before, "B's boundary moved");
    expect(await msUntilNextSaleBoundary(b, now)).toBe(startsAt.getTime() - now);
  });
});
