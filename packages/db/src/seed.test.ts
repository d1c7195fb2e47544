import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { seedAdmin, seedDemoData, type SeedDemoResult } from "./seed";
import { createTestDatabase, type TestDatabase } from "./testing";

const DEMO_PASSWORD = "demo-password-123";

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = rows[0]?.n ?? -1;
  }
  return counts;
}

describe("seedDemoData", () => {
  let testDb: TestDatabase;
  let db: Db;
  let first: SeedDemoResult;
  let second: SeedDemoResult;
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;
  const lines: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
    first = await seedDemoData(db, { password: DEMO_PASSWORD, log: (line) => lines.push(line) });
    countsAfterFirst = await tableCounts(db);
    second = await seedDemoData(db, { password: "another-password-456" });
    countsAfterSecond = await tableCounts(db);
    console.info(`demo seed: first run ${first.durationMs} ms, second run ${second.durationMs} ms`);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("is idempotent: a second run inserts nothing and every table keeps its row count", () => {
    expect(first.inserted).toEqual(first.total);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
    expect(countsAfterFirst.Medicine).toBe(first.total.medicines);
    expect(lines.some((l) => /^seeding medicines \d+\/\d+$/.test(l))).toBe(true);
  });

  it("builds a catalogue of the required size: deep category tree, 30+ manufacturers, 500+ medicines", async () => {
    const categories = await db.category.findMany({ select: { id: true, parentId: true, slug: true } });
    const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
    const depth = (id: string): number => {
      let d = 1;
      for (let p = parentOf.get(id); p; p = parentOf.get(p)) d++;
      return d;
    };
    expect(categories.length).toBeGreaterThanOrEqual(30);
    expect(Math.max(...categories.map((c) => depth(c.id)))).toBeGreaterThanOrEqual(3);
    expect(await db.manufacturer.count()).toBeGreaterThanOrEqual(30);

    const medicines = await db.medicine.findMany({ include: { manufacturer: true } });
    expect(medicines.length).toBeGreaterThanOrEqual(500);
    expect(new Set(medicines.map((m) => m.sellerId)).size).toBe(4);
    expect(medicines.some((m) => m.requiresPrescription)).toBe(true);
    expect(medicines.some((m) => m.stock === 0)).toBe(true);
    expect(medicines.some((m) => m.stock > 0 && m.stock <= m.lowStockThreshold)).toBe(true);
    for (const m of medicines) {
      expect(m.searchText).toBe(`${m.name} ${m.genericName} ${m.manufacturer.name}`.toLowerCase());
      expect(Number.isInteger(m.priceCents) && m.priceCents > 0).toBe(true);
    }
    const abx = await db.medicine.findMany({ where: { category: { parent: { slug: "antibiotics" } } } });
    expect(abx.length).toBeGreaterThan(0);
    expect(abx.every((m) => m.requiresPrescription)).toBe(true);
  });

  it("creates sellers, a pending applicant and customers who can sign in with the demo password", async () => {
    const sellers = await db.user.findMany({ where: { role: "SELLER" }, include: { sellerProfile: true } });
    expect(sellers).toHaveLength(4);
    expect(sellers.every((s) => s.sellerProfile?.status === "APPROVED")).toBe(true);
    expect(await db.sellerProfile.count({ where: { status: "PENDING" } })).toBe(1);
    expect(await db.user.count({ where: { role: "CUSTOMER", sellerProfile: null } })).toBe(12);

    const users = await db.user.findMany({ include: { accounts: true } });
    for (const user of users) {
      expect(user.emailVerified).toBe(true);
      const credential = user.accounts.find((a) => a.providerId === "credential");
      expect(credential?.accountId).toBe(user.id);
    }
    const account = await db.account.findFirstOrThrow({ where: { user: { email: "customer1@healio.test" } } });
    // The second run's different password did not overwrite anything.
    expect(await verifyPassword({ hash: account.password ?? "", password: DEMO_PASSWORD })).toBe(true);
  });

  it("keeps the stock ledger exact: one INITIAL movement per medicine and SUM(delta) = stock >= 0", async () => {
    const broken = await db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Medicine" m
      LEFT JOIN (
        SELECT "medicineId", SUM(delta)::int AS total, COUNT(*) FILTER (WHERE reason = 'INITIAL')::int AS initials
        FROM "StockMovement" GROUP BY "medicineId"
      ) l ON l."medicineId" = m.id
      WHERE l.total IS DISTINCT FROM m.stock OR m.stock < 0 OR l.initials <> 1`;
    expect(broken).toEqual([]);
  });

  it("keeps stock in lots: SUM(batch) = stock, each lot's ledger sums to its quantity, some lots expire soon", async () => {
    const badMedicines = await db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Medicine" m
      LEFT JOIN (SELECT "medicineId", SUM(quantity)::int AS total FROM "Batch" GROUP BY "medicineId") b ON b."medicineId" = m.id
      WHERE b.total IS DISTINCT FROM m.stock`;
    expect(badMedicines).toEqual([]);
    const badLots = await db.$queryRaw<{ id: string }[]>`
      SELECT b.id FROM "Batch" b
      LEFT JOIN (SELECT "batchId", SUM(delta)::int AS total FROM "StockMovement" GROUP BY "batchId") l ON l."batchId" = b.id
      WHERE l.total IS DISTINCT FROM b.quantity`;
    expect(badLots).toEqual([]);
    const unallocated = await db.$queryRaw<{ id: string }[]>`
      SELECT oi.id FROM "OrderItem" oi
      LEFT JOIN (SELECT "orderItemId", SUM(quantity)::int AS total FROM "OrderItemBatch" GROUP BY "orderItemId") a ON a."orderItemId" = oi.id
      WHERE a.total IS DISTINCT FROM oi.quantity`;
    expect(unallocated).toEqual([]);
    const soon = await db.batch.count({ where: { state: "AVAILABLE", quantity: { gt: 0 }, expiresAt: { lte: new Date(Date.now() + 90 * 86_400_000) } } });
    expect(soon).toBeGreaterThan(10);
    expect(await db.batch.count({ where: { state: "EXPIRED", quantity: 0 } })).toBeGreaterThan(0);
  });

  it("records consistent past orders with status history and stock movements", async () => {
    const orders = await db.order.findMany({
      include: { items: true, statusEvents: { orderBy: { createdAt: "asc" } }, stockMovements: true },
    });
    expect(orders.length).toBeGreaterThanOrEqual(40);
    expect(new Set(orders.map((o) => o.status))).toEqual(
      new Set(["PLACED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED"]),
    );
    const perCheckout = new Map<string, number>();
    for (const o of orders) perCheckout.set(o.checkoutId, (perCheckout.get(o.checkoutId) ?? 0) + 1);
    expect([...perCheckout.values()].some((n) => n > 1)).toBe(true);

    for (const o of orders) {
      expect(o.items.length).toBeGreaterThan(0);
      expect(o.subtotalCents).toBe(o.items.reduce((sum, i) => sum + i.lineTotalCents, 0));
      expect(o.totalCents).toBe(o.subtotalCents - o.discountCents + o.shippingCents);
      for (const i of o.items) expect(i.lineTotalCents).toBe(i.unitPriceCents * i.quantity - i.discountCents);
      expect(o.shippingLine1 && o.shippingCity && o.shippingPostal && o.shippingCountry && o.phone).toBeTruthy();

      expect(o.statusEvents[0]).toMatchObject({ fromStatus: null, toStatus: "PLACED" });
      o.statusEvents.slice(1).forEach((e, k) => expect(e.fromStatus).toBe(o.statusEvents[k]?.toStatus));
      expect(o.statusEvents.at(-1)?.toStatus).toBe(o.status);

      const units = o.items.reduce((sum, i) => sum + i.quantity, 0);
      const taken = o.stockMovements.filter((m) => m.reason === "ORDER").reduce((sum, m) => sum + m.delta, 0);
      const returned = o.stockMovements.filter((m) => m.reason === "ORDER_CANCELLED").reduce((sum, m) => sum + m.delta, 0);
      expect(taken).toBe(-units);
      expect(returned).toBe(o.status === "CANCELLED" ? units : 0);
    }
  });

  it("adds reviews only for delivered purchases and keeps the rating summary in step", async () => {
    const reviews = await db.review.findMany();
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      const purchase = await db.orderItem.count({
        where: { medicineId: r.medicineId, order: { customerId: r.userId, status: "DELIVERED" } },
      });
      expect(purchase).toBeGreaterThan(0);
    }
    const mismatched = await db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Medicine" m
      LEFT JOIN (SELECT "medicineId", COUNT(*)::int AS n, ROUND(AVG(rating), 2) AS avg FROM "Review" GROUP BY 1) r
        ON r."medicineId" = m.id
      WHERE m."ratingCount" <> COALESCE(r.n, 0) OR m."ratingAverage" <> COALESCE(r.avg, 0)`;
    expect(mismatched).toEqual([]);
  });
});

describe("seedAdmin", () => {
  let testDb: TestDatabase;
  let db: Db;
  const email = "root@healio.test";
  const password = "admin-password-789";

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("refuses unless explicitly allowed, and creates nothing", async () => {
    await expect(seedAdmin(db, { email, password, allow: false })).rejects.toThrow(/ALLOW_ADMIN_SIGNUP=true/);
    expect(await db.user.count()).toBe(0);
  });

  it("validates the e-mail and the password length", async () => {
    await expect(seedAdmin(db, { email: "not-an-email", password, allow: true })).rejects.toThrow(/e-mail/);
    await expect(seedAdmin(db, { email, password: "short", allow: true })).rejects.toThrow(/at least 8/);
    await expect(seedAdmin(db, { email, password: "x".repeat(129), allow: true })).rejects.toThrow(/at most 128/);
    expect(await db.user.count()).toBe(0);
  });

  it("creates exactly one admin with a working credential, and a second run creates none", async () => {
    const created = await seedAdmin(db, { email: ` ${email.toUpperCase()} `, password, allow: true });
    expect(created).toMatchObject({ created: true, credentialCreated: true });
    const again = await seedAdmin(db, { email, password: "a-different-password", allow: true });
    expect(again).toEqual({ created: false, promoted: false, credentialCreated: false, userId: created.userId, email });

    const admins = await db.user.findMany({ where: { role: "ADMIN" }, include: { accounts: true } });
    expect(admins).toHaveLength(1);
    expect(admins[0]?.email).toBe(email);
    expect(admins[0]?.accounts).toHaveLength(1);
    const hash = admins[0]?.accounts[0]?.password ?? "";
    expect(await verifyPassword({ hash, password })).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: created.userId } })).toBe(1);
  });

  it("promotes an existing user instead of duplicating it", async () => {
    await db.user.create({ data: { id: "existing-user", email: "ops@healio.test", name: "Ops", role: "CUSTOMER" } });
    const result = await seedAdmin(db, { email: "ops@healio.test", password, allow: true });
    expect(result).toEqual({
      created: false,
      promoted: true,
      credentialCreated: true,
      userId: "existing-user",
      email: "ops@healio.test",
    });
    expect(await db.user.count({ where: { email: "ops@healio.test" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: "existing-user" } })).role).toBe("ADMIN");
  });
});
