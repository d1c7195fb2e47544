import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { sameProductKeySql } from "./also-sold-by";
import { errorCode, refusal } from "../testing/commerce";
import { actorOf, createCategory, createMedicine, createSeller, createUser, unique } from "../testing/factories";

let t: TestDatabase;
let categoryId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  categoryId = (await createCategory(t.db)).id;
});
afterAll(async () => {
  await t?.drop();
});

const product = { genericName: "ibuprofen", strength: "200 mg", dosageForm: "Tablet", packSize: "24 tablets" };

async function listing(overrides: Partial<typeof product> & { priceCents: number; sellerId?: string; status?: "ACTIVE" | "ARCHIVED" }) {
  const sellerId = overrides.sellerId ?? (await createSeller(t.db)).user.id;
  return createMedicine(t.db, { ...product, categoryId, name: unique("Ibu"), ...overrides, sellerId });
}

describe("medicine.alsoSoldBy", () => {
  it("lists other pharmacies' sellable listings of the same product, cheapest first at the live price", async () => {
    const visitor = createCaller({ db: t.db, actor: null });
    const base = await listing({ priceCents: 500 });
    // Same product written differently (case, spaces) by other pharmacies.
    const dearer = await listing({ priceCents: 700, strength: "200mg", dosageForm: "tablet" });
    const cheaper = await listing({ priceCents: 450, packSize: "24  Tablets" });
    const onSale = await listing({ priceCents: 900 });
    // One pharmacy with two listings of it appears once, with its cheaper one.
    const twice = await createSeller(t.db);
    const twiceDear = await listing({ priceCents: 650, sellerId: twice.user.id });
    const twiceCheap = await listing({ priceCents: 600, sellerId: twice.user.id });
    // Not shown: the same seller's other listing, another strength, an archived listing, a suspended pharmacy.
    await listing({ priceCents: 100, sellerId: base.sellerId });
    await listing({ priceCents: 100, strength: "400 mg" });
    await listing({ priceCents: 100, status: "ARCHIVED" });
    const suspended = await createSeller(t.db, { status: "SUSPENDED" });
    await listing({ priceCents: 100, sellerId: suspended.user.id });

    const admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
    const now = Date.now();
    const sale = await admin.sale.create({ name: "Ibu week", slug: unique("ibu").toLowerCase().replace(/[^a-z0-9]+/g, "-"), startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000) });
    await admin.sale.addItem({ eventId: sale.id, medicineId: onSale.id, salePriceCents: 400, capUnits: null, perCustomerLimit: null });

    const others = await visitor.medicine.alsoSoldBy({ id: base.id });
    expect(others.map((o) => [o.id, o.priceCents])).toEqual([
      [onSale.id, 400],
      [cheaper.id, 450],
      [twiceCheap.id, 600],
      [dearer.id, 700],
    ]);
    expect(others.map((o) => o.id)).not.toContain(twiceDear.id);
    expect(others[0]).toMatchObject({ listPriceCents: 900, sale: { eventName: "Ibu week" }, seller: { id: onSale.sellerId } });
  });

  it("is empty when nobody else sells it, and NOT_FOUND for an unknown listing", async () => {
    const visitor = createCaller({ db: t.db, actor: null });
    const alone = await listing({ priceCents: 300, genericName: unique("rareol") });
    expect(await visitor.medicine.alsoSoldBy({ id: alone.id })).toEqual([]);
    expect(errorCode(await refusal(visitor.medicine.alsoSoldBy({ id: "no-such-medicine" })))).toBe("NOT_FOUND");
  });

  it("finds the matches through the same-product index (its expressions match the query's)", async () => {
    const plan = await t.db.$transaction(async (tx) => {
      // A test table is tiny: forbid the sequential scan so the plan shows whether the index applies.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT m.id FROM "Medicine" m WHERE ${sameProductKeySql("m")} = ('ibuprofen', '200mg', 'tablet', '24tablets')`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Medicine_same_product_idx");
  });
});
