import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrderStatus } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { actorOf, createUser, unique } from "../testing/factories";
import { keptAndRebuiltRollups, pendingRollupDeltas } from "../testing/rollups";
import type { DashboardParams } from "./analytics.schema";
import { buildAnalyticsFixture, insertOrder } from "./analytics-fixture";
import { getMarketplaceDashboard } from "./get-dashboard";
import { resolveRange } from "./resolve-range";
import { foldRollupDeltas } from "./rollup-fold";
import { chooseSource, planSpans } from "./rollup-plan";
import { COUNTED_STATUSES, REVENUE_BASES } from "./definitions";

/*
 * The marketplace rollups (analytics_rollups migration, rollup-plan.ts) against the raw rows: on
 * the hand-computed fixture of analytics.test.ts, after status changes, and after a real split
 * checkout with one part cancelled, the dashboard read from the rollups equals the dashboard read
 * from the order lines — with the triggers' deltas pending, and again once they are folded
 * (analytics_rollup_deltas) — and the trigger-kept rollups, folded, equal a rebuild from scratch.
 */

let t: TestDatabase;
let adminActor: ReturnType<typeof actorOf>;
let f: Awaited<ReturnType<typeof buildAnalyticsFixture>>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await buildAnalyticsFixture(t.db);
  adminActor = actorOf(await createUser(t.db, { role: "ADMIN" }));
});
afterAll(async () => {
  await t?.drop();
});

type Range = { preset: "custom"; from: string; to: string } | { preset: "today" | "7d" | "30d" | "90d" };

const RANGES: Range[] = [
  { preset: "custom", from: "2026-03-10", to: "2026-03-12" }, // the fixture's range: no whole span
  { preset: "custom", from: "2026-03-01", to: "2026-03-31" }, // 4..16-day spans and raw edges
  { preset: "custom", from: "2025-12-01", to: "2026-11-30" }, // up to 256-day spans
];
const WHOLE_HOUR_ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"];

async function bothPaths(range: Range, basis: "delivered" | "booked", timeZone: string) {
  const params = { ...range, basis } as DashboardParams;
  const [auto, raw] = await Promise.all([
    getMarketplaceDashboard(t.db, adminActor, params, { timeZone }),
    getMarketplaceDashboard(t.db, adminActor, params, { timeZone, source: "raw" }),
  ]);
  const source = await chooseSource(t.db, { kind: "marketplace" }, await resolveRange(t.db, params, timeZone));
  return { auto, raw, source };
}

async function expectPathsAgree(ranges: Range[], zones: string[]) {
  for (const range of ranges) {
    for (const timeZone of zones) {
      for (const basis of ["delivered", "booked"] as const) {
        const { auto, raw, source } = await bothPaths(range, basis, timeZone);
        expect(source, `${timeZone} reads the rollups`).toBe("rollup");
        expect(auto, `${JSON.stringify(range)} ${basis} ${timeZone}`).toEqual(raw);
      }
    }
  }
}

/** The paths agree while the changes so far are pending deltas, and again once they are folded. */
async function expectPathsAgreePendingAndFolded(ranges: Range[], zones: string[]) {
  expect(await pendingRollupDeltas(t.db)).toBeGreaterThan(0);
  await expectPathsAgree(ranges, zones);
  expect(await foldRollupDeltas(t.db)).toBeGreaterThan(0);
  expect(await pendingRollupDeltas(t.db)).toBe(0);
  await expectPathsAgree(ranges, zones);
}

async function expectRollupsEqualRebuild() {
  const { kept, rebuilt } = await keptAndRebuiltRollups(t.db);
  expect(await pendingRollupDeltas(t.db)).toBe(0);
  expect(kept.length).toBeGreaterThan(0);
  expect(rebuilt).toEqual(kept);
}

describe("span plan", () => {
  it("covers whole UTC days with aligned spans and leaves the hours around them to the order lines", () => {
    // 2026-03-01T05:00Z .. 2026-03-31T05:00Z: days 20513.. (20512 = 2026-03-01).
    const plan = planSpans("2026-03-01T05:00:00.000Z", "2026-03-31T05:00:00.000Z");
    const day = (n: number) => new Date(n * 86_400_000).toISOString();
    const covered = plan.levels.map((level, i) => [plan.buckets[i]! * 2 ** level, (plan.buckets[i]! + 1) * 2 ** level]);
    for (const [a, b] of covered) expect(a! % (b! - a!)).toBe(0);
    expect(plan.edges).toEqual([
      { from: "2026-03-01T05:00:00.000Z", to: day(covered[0]![0]!) },
      { from: day(covered.at(-1)![1]!), to: "2026-03-31T05:00:00.000Z" },
    ]);
    for (let i = 1; i < covered.length; i += 1) expect(covered[i]![0]).toBe(covered[i - 1]![1]);
    expect(planSpans("2026-03-10T00:00:00.000Z", "2026-03-12T00:00:00.000Z")).toEqual({
      levels: [],
      buckets: [],
      edges: [{ from: "2026-03-10T00:00:00.000Z", to: "2026-03-12T00:00:00.000Z" }],
    });
  });
});

describe("basis rollups", () => {
  it("healio_revenue_bases() is COUNTED_STATUSES inverted, for every status", async () => {
    for (const status of Object.values(OrderStatus)) {
      const [row] = await t.db.$queryRaw<{ bases: string[] }[]>`SELECT "healio_revenue_bases"(${status}::"OrderStatus") AS bases`;
      const expected = REVENUE_BASES.filter((basis) => COUNTED_STATUSES[basis].includes(status));
      expect([...row!.bases].sort(), status).toEqual([...expected].sort());
    }
  });
});

describe("marketplace rollups against the raw rows", () => {
  it("give the same dashboard for several ranges, bases and whole-hour zones", async () => {
    await expectPathsAgreePendingAndFolded(RANGES, WHOLE_HOUR_ZONES);
    await expectRollupsEqualRebuild();
  });

  it("a :30 zone (Asia/Kolkata) reads the raw rows and matches the hand-computed figures", async () => {
    const range = { preset: "custom", from: "2026-03-10", to: "2026-03-12" } as const;
    const { auto, source } = await bothPaths(range, "delivered", "Asia/Kolkata");
    expect(source).toBe("raw");
    // Local 03-10..03-12 = UTC [03-09 18:30, 03-12 18:30): O1, O2 (K1), O3 shipped, O4 cancelled.
    // O5 (03-12 23:30 UTC) is on 03-13 there. Previous [03-06 18:30, 03-09 18:30): O9, O6, O7.
    expect(auto.range).toMatchObject({ startUtc: "2026-03-09T18:30:00.000Z", endUtc: "2026-03-12T18:30:00.000Z" });
    expect(auto.figures.revenueCents).toEqual({ current: 3000, previous: 10000 });
    expect(auto.figures.orders).toEqual({ current: 1, previous: 2 });
    expect(auto.figures.units).toEqual({ current: 6, previous: 10 });
    expect(auto.figures.shippingCents).toEqual({ current: 500, previous: 0 });
    expect(auto.figures.placedOrders).toEqual({ current: 4, previous: 3 });
    expect(auto.figures.cancelledOrders).toEqual({ current: 1, previous: 0 });
    // O1/O2 at 10:00 UTC are 15:30 on 03-10 in Kolkata.
    expect(auto.byDay).toEqual([
      { date: "2026-03-10", revenueCents: 3000, orders: 1, units: 6 },
      { date: "2026-03-11", revenueCents: 0, orders: 0, units: 0 },
      { date: "2026-03-12", revenueCents: 0, orders: 0, units: 0 },
    ]);
    expect(auto.topByRevenue.map((m) => [m.medicineId, m.revenueCents])).toEqual([
      [f.m1.id, 1900],
      [f.m3.id, 600],
      [f.m2.id, 500],
    ]);
  });

  it("follow status changes (deliver, cancel) at once", async () => {
    await t.db.order.update({ where: { id: f.orders.O3.id }, data: { status: "DELIVERED" } });
    await t.db.order.update({ where: { id: f.orders.O2.id }, data: { status: "CANCELLED" } });
    await t.db.order.update({ where: { id: f.orders.O7.id }, data: { status: "PROCESSING", shippingCents: 450, totalCents: { increment: 450 } } });
    const { auto } = await bothPaths(RANGES[0]!, "delivered", "UTC");
    // O1 2400 + O3 1000 + O5 2000; K1 still counts once (O1 delivered, O2 cancelled).
    expect(auto.figures.revenueCents.current).toBe(5400);
    expect(auto.figures.orders.current).toBe(3);
    await expectPathsAgreePendingAndFolded(RANGES, WHOLE_HOUR_ZONES);
    await expectRollupsEqualRebuild();
  });

  it("a medicine moved to another category takes its revenue along, folded or pending", async () => {
    const category = async () => (await bothPaths(RANGES[2]!, "delivered", "UTC")).auto.byCategory;
    const before = await category();
    const painBefore = before.find((c) => c.categoryId === f.pain.id)!;
    const allergyBefore = before.find((c) => c.categoryId === f.allergy.id)!;
    // M1 (Headache, under Pain relief) sells once more (a pending delta), then moves to Allergy.
    await insertOrder(t.db, {
      checkoutId: unique("checkout"),
      customerId: f.a.id,
      sellerId: f.s1.user.id,
      status: "DELIVERED",
      at: "2026-03-20T10:00:00Z",
      lines: [{ medicineId: f.m1.id, quantity: 2, unitPriceCents: 1000 }],
    });
    expect(await pendingRollupDeltas(t.db)).toBeGreaterThan(0);
    const m1Revenue = (await bothPaths(RANGES[2]!, "delivered", "UTC")).auto.topByRevenue.find((m) => m.medicineId === f.m1.id)!;
    await t.db.medicine.update({ where: { id: f.m1.id }, data: { categoryId: f.allergy.id } });
    const after = await category();
    expect(after.find((c) => c.categoryId === f.pain.id)?.revenueCents ?? 0).toBe(painBefore.revenueCents - (m1Revenue.revenueCents - 2000));
    expect(after.find((c) => c.categoryId === f.allergy.id)!.revenueCents).toBe(allergyBefore.revenueCents + m1Revenue.revenueCents);
    await expectPathsAgreePendingAndFolded(RANGES, ["UTC", "Europe/Berlin"]);
    // And back, with everything folded.
    await t.db.medicine.update({ where: { id: f.m1.id }, data: { categoryId: f.orders.O1 && (await t.db.category.findFirstOrThrow({ where: { name: "Headache" } })).id } });
    await expectPathsAgree(RANGES, ["UTC"]);
    await expectRollupsEqualRebuild();
  });

  it("a real split checkout counts once, also with one seller's part cancelled and the other delivered", async () => {
    const shopA = await createShop(t.db, { storeName: "Split A" });
    const shopB = await createShop(t.db, { storeName: "Split B" });
    const a = await shopA.medicine({ stock: 10, priceCents: 700 });
    const b = await shopB.medicine({ stock: 10, priceCents: 300 });
    const customer = await createCustomer(t.db);
    const placed = await customer.caller.order.place(
      placeInput({ lines: [{ medicineId: a.id, quantity: 2 }, { medicineId: b.id, quantity: 3 }] }),
    );
    expect(placed.orders).toHaveLength(2);
    const orderOf = (shop: typeof shopA) => placed.orders.find((o) => o.seller.id === shop.user.id)!.id;
    const today = async (basis: "delivered" | "booked") => {
      const { auto, raw, source } = await bothPaths({ preset: "today" }, basis, "UTC");
      expect(source).toBe("rollup");
      expect(auto).toEqual(raw);
      return auto.figures;
    };
    expect((await today("booked")).orders.current).toBe(1);
    expect((await today("booked")).revenueCents.current).toBe(2 * 700 + 3 * 300);

    await shopB.caller.order.updateStatus({ id: orderOf(shopB), status: "CANCELLED" });
    const booked = await today("booked");
    expect(booked.orders.current).toBe(1);
    expect(booked.revenueCents.current).toBe(1400);
    expect(booked.cancelledOrders.current).toBe(1);

    for (const status of ["PROCESSING", "SHIPPED", "DELIVERED"] as const) {
      await shopA.caller.order.updateStatus({ id: orderOf(shopA), status });
    }
    const delivered = await today("delivered");
    expect(delivered.orders.current).toBe(1);
    expect(delivered.revenueCents.current).toBe(1400);
    expect(delivered.units.current).toBe(2);
    await expectPathsAgreePendingAndFolded([{ preset: "7d" }, { preset: "90d" }], ["UTC", "Europe/Berlin"]);
    await expectRollupsEqualRebuild();
  });
});
