import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, createDb, notificationBarrier, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { enableCategoryCache } from "../category/category-cache";
import { CATALOGUE_ANSWERS_KEY, enableCatalogueAnswers, type CatalogueAnswers } from "./catalogue-answers";
import { msUntilCatalogueClock } from "../catalog/catalogue-clock";
import { createCaller } from "../root";
import { actorOf, createBatch, createCategory, createMedicine, createSeller, createUser, unique } from "../testing/factories";

// Two database clients stand for two app processes (two cluster workers, or the storefront and
// the console): each has its own caches and its own LISTEN connection. A change made through one,
// or straight into the database, must reach the other through the database's NOTIFY. The caches'
// TTL is set to 10 minutes here, so nothing but the notification can make the other client see it.

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

/**
 * Connections that LISTEN for cache changes, as PostgreSQL sees them: idle after their LISTEN and
 * the check that they hear other sessions (a `SELECT 1`, like every barrier after it).
 */
async function listeners(): Promise<number[]> {
  const rows = await t.db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = 'healio-listen'
      AND state = 'idle' AND query = 'SELECT 1'`;
  return rows.map((r) => r.pid);
}

beforeAll(async () => {
  t = await createTestDatabase();
  a = createDb({ url: t.url, max: 2 });
  b = createDb({ url: t.url, max: 2 });
  for (const db of [a, b]) enableCategoryCache(db, { ttlMs: LONG_TTL_MS });
  enableCatalogueAnswers(b);
  adminOnA = createCaller({ db: a, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  await eventually(async () => (await listeners()).length === 2, "both clients listening");
});
afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((db) => closeDb(db)));
  await t?.drop();
});

describe("cache invalidation across processes (LISTEN/NOTIFY)", () => {
  it("a category created through one client appears in the other's cached tree without waiting for the TTL", async () => {
    const created = await adminOnA.category.create({ name: unique("Created on A") });
    await eventually(async () => names(await treeOf(b)).includes(created.name), "B's tree has A's category");
  });

  it("a category written straight into the database (psql, a script) reaches the cached tree too", async () => {
    await treeOf(b); // cached
    const sneaked = unique("Sneaked");
    await t.db.category.create({ data: { name: sneaked, slug: sneaked.toLowerCase() } });
    await eventually(async () => names(await treeOf(b)).includes(sneaked), "B's tree has the row written behind the app's back");
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

  it("a sale scheduled through one client moves the other's catalogue clock at once", async () => {
    // A fixed clock: the memo (1 s) cannot expire between the two reads.
    const now = Date.now();
    const before = await msUntilCatalogueClock(b, now);
    const startsAt = new Date(now + 30 * 60_000);
    await adminOnA.sale.create({ name: "Flash", slug: unique("flash").toLowerCase(), startsAt, endsAt: new Date(now + 60 * 60_000) });
    await eventually(async () => (await msUntilCatalogueClock(b, now)) !== before, "B's clock moved");
    expect(await msUntilCatalogueClock(b, now)).toBe(startsAt.getTime() - now);
  });

  it("a licence about to expire, or a lot, written straight into the database, brings the clock closer", async () => {
    const now = Date.now();
    const seller = await createSeller(t.db);
    const soon = new Date(now + 10 * 60_000);
    await t.db.sellerProfile.update({ where: { id: seller.profile.id }, data: { licenceExpiresAt: soon } });
    await eventually(async () => (await msUntilCatalogueClock(b, now)) === soon.getTime() - now, "the licence expiry is the next instant");

    const category = await createCategory(t.db);
    const medicine = await createMedicine(t.db, { sellerId: seller.user.id, categoryId: category.id });
    const sooner = new Date(now + 5 * 60_000);
    await createBatch(t.db, { medicineId: medicine.id, quantity: 3, expiresAt: sooner });
    await eventually(async () => (await msUntilCatalogueClock(b, now)) === sooner.getTime() - now, "the lot's expiry is the next instant");
  });
});

describe("the generation behind the server's cached catalogue answers", () => {
  const answers = () => (globalThis as unknown as Record<symbol, CatalogueAnswers>)[CATALOGUE_ANSWERS_KEY]!;

  it("moves on a stock change written by anyone, has moved once the barrier resolves, and is null while the LISTEN connection is down", async () => {
    await eventually(async () => answers().generation() !== null, "listening");
    const seller = await createSeller(t.db);
    const category = await createCategory(t.db);
    const medicine = await createMedicine(t.db, { sellerId: seller.user.id, categoryId: category.id });
    await eventually(async () => {
      const before = answers().generation();
      await new Promise((r) => setTimeout(r, 100));
      return before !== null && answers().generation() === before;
    }, "no notification in flight");
    const before = answers().generation()!;
    await t.db.medicine.update({ where: { id: medicine.id }, data: { stock: { increment: 1 } } });
    await eventually(async () => (answers().generation() ?? -1) > before, "generation moved after the stock change");

    // The barrier: once it resolves, every change committed before it was called has been heard.
    for (let round = 0; round < 20; round++) {
      const heard = answers().generation()!;
      await t.db.medicine.update({ where: { id: medicine.id }, data: { stock: { increment: 1 } } });
      expect(await notificationBarrier(b)).toBe(true);
      expect(answers().generation()).toBeGreaterThan(heard);
    }

    await t.db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'healio-listen' AND datname = current_database()`;
    // The listener waits 250 ms before reconnecting: poll finer than that.
    const deadline = Date.now() + 5_000;
    while (answers().generation() !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(answers().generation()).toBeNull();
    expect(await notificationBarrier(b)).toBe(false);
    const cut = before;
    await eventually(async () => (answers().generation() ?? -1) > cut + 1, "back once it listens again, with a new generation");
  });
});
