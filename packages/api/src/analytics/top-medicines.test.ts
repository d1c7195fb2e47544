import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCategory, createMedicine, createSeller, createUser, unique } from "../testing/factories";
import type { DashboardParams } from "./analytics.schema";
import { insertOrder } from "./analytics-fixture";
import { resolveRange } from "./resolve-range";
import { foldRollupDeltas } from "./rollup-fold";
import { planSpans } from "./rollup-plan";
import { getTopMedicines, provenTop } from "./top-medicines";

/*
 * The threshold proof of top-medicines.ts on data built so that it matters: a medicine that is
 * never near the top of any one span but first over the range must not be left out, and whenever
 * a depth is declared proven the ranking equals the sum over every medicine.
 * Range 2026-03-04..2026-03-11 (UTC) = two whole 4-day spans, 03-04..03-07 and 03-08..03-11. The
 * service sums spans this short into its loose list; these tests make them lists (level >= 2), so
 * with everything folded the lists are those two spans (a pending delta makes a third).
 */

let t: TestDatabase;
let ids: { a: string[]; b: string[]; x: string; noise: string[] };
const PARAMS = { preset: "custom", from: "2026-03-04", to: "2026-03-11", basis: "delivered" } as DashboardParams;
const scope = { kind: "marketplace" } as const;

beforeAll(async () => {
  t = await createTestDatabase();
  const seller = await createSeller(t.db, { storeName: "Threshold Pharmacy" });
  const category = await createCategory(t.db, { name: "Proofs" });
  const customer = await createUser(t.db, { role: "CUSTOMER" });
  const medicine = async (name: string) =>
    (await createMedicine(t.db, { sellerId: seller.user.id, categoryId: category.id, name })).id;
  const sell = (medicineId: string, at: string, quantity: number) =>
    insertOrder(t.db, {
      checkoutId: unique("checkout"),
      customerId: customer.id,
      sellerId: seller.user.id,
      status: "DELIVERED",
      at,
      lines: [{ medicineId, quantity, unitPriceCents: 100 }],
    });
  ids = { a: [], b: [], x: await medicine("Steady seller"), noise: [] };
  // A1..A12 sell 90..79 in the first span only, B1..B12 the same in the second, X 50 in each:
  // X (100) is first over the range but 13th in both spans.
  for (let i = 0; i < 12; i += 1) {
    const a = await medicine(`First-span ${i}`);
    const b = await medicine(`Second-span ${i}`);
    ids.a.push(a);
    ids.b.push(b);
    await sell(a, "2026-03-05T10:00:00Z", 90 - i);
    await sell(b, "2026-03-09T10:00:00Z", 90 - i);
  }
  await sell(ids.x, "2026-03-06T10:00:00Z", 50);
  await sell(ids.x, "2026-03-10T10:00:00Z", 50);
  // Small sellers in both spans, and a cancelled order that must not count.
  for (let i = 0; i < 8; i += 1) {
    const n = await medicine(`Small ${i}`);
    ids.noise.push(n);
    await sell(n, "2026-03-07T10:00:00Z", 1 + i);
    await sell(n, "2026-03-11T10:00:00Z", 8 - i);
  }
  await insertOrder(t.db, {
    checkoutId: unique("checkout"),
    customerId: customer.id,
    sellerId: seller.user.id,
    status: "CANCELLED",
    at: "2026-03-07T11:00:00Z",
    lines: [{ medicineId: ids.noise[0]!, quantity: 99, unitPriceCents: 100 }],
  });
});
afterAll(async () => {
  await t?.drop();
});

async function rangeAndPlan() {
  const range = await resolveRange(t.db, PARAMS, "UTC");
  const plan = planSpans(range.startUtc, range.endUtc);
  return { range, plan };
}

describe("top medicines proven on candidates", () => {
  it("the range is two whole spans, so the folded rows are two lists", async () => {
    const { plan } = await rangeAndPlan();
    expect(plan.levels).toHaveLength(2);
    expect(plan.edges).toEqual([]);
  });

  it("a medicine 13th in every span is not left out: proven only once the lists pass it", async () => {
    await foldRollupDeltas(t.db);
    const { range, plan } = await rangeAndPlan();
    const all = await getTopMedicines(t.db, scope, range, "rollup", null);
    expect(all.byUnits[0]).toMatchObject({ medicineId: ids.x, units: 100, revenueCents: 10_000 });
    expect(all.byRevenue[0]!.medicineId).toBe(ids.x);

    // 12 deep: X is in no list; the 10th candidate totals 86 but an unseen medicine may total up
    // to 79 + 79 (the 12th of each span), so the ranking is not proven. 13 deep: X is a candidate,
    // but an unseen one may still total 50 + 50. 14 deep reaches the small sellers (at most 8 each).
    expect(await provenTop(t.db, range, plan, 12, 2)).toBeNull();
    expect(await provenTop(t.db, range, plan, 13, 2)).toBeNull();
    expect(await provenTop(t.db, range, plan, 14, 2)).toEqual(all);
  });

  it("whenever a depth is declared proven it equals the full sum, with deltas pending or folded", async () => {
    const { range, plan } = await rangeAndPlan();
    const check = async () => {
      const all = await getTopMedicines(t.db, scope, range, "rollup", null);
      const provenAt: number[] = [];
      for (let depth = 1; depth <= 40; depth += 1) {
        const proven = await provenTop(t.db, range, plan, depth, 2);
        if (proven) {
          expect(proven, `depth ${depth}`).toEqual(all);
          provenAt.push(depth);
        }
        // Short spans summed whole into the loose list (the service's default): one list.
        const summed = await provenTop(t.db, range, plan, depth);
        if (summed || depth === 40) expect(summed, `summed, depth ${depth}`).toEqual(all);
      }
      return provenAt;
    };
    // A late order for X, pending as a delta: the pending list takes part in the proof.
    await insertOrder(t.db, {
      checkoutId: unique("checkout"),
      customerId: (await createUser(t.db, { role: "CUSTOMER" })).id,
      sellerId: (await t.db.medicine.findUniqueOrThrow({ where: { id: ids.x } })).sellerId,
      status: "DELIVERED",
      at: "2026-03-06T10:00:00Z",
      lines: [{ medicineId: ids.x, quantity: 5, unitPriceCents: 100 }],
    });
    expect((await check())[0]).toBe(14);
    await foldRollupDeltas(t.db);
    const folded = await check();
    expect(folded[0]).toBe(14);
    expect(folded).toHaveLength(40 - 13);
  });

  it("the service's answer equals the full sum (proven or summed)", async () => {
    const { range } = await rangeAndPlan();
    const all = await getTopMedicines(t.db, scope, range, "rollup", null);
    expect(await getTopMedicines(t.db, scope, range, "rollup")).toEqual(all);
    expect(await getTopMedicines(t.db, scope, range, "raw")).toEqual(all);
  });
});
