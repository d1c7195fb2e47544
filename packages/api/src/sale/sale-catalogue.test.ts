import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { actorOf, createCategory, createMedicine, createUser, unique } from "../testing/factories";
import { createShop } from "../testing/commerce";
import type { MedicineListInput } from "../medicine/medicine.schema";

// The catalogue's price sort and min/max price filter use the EFFECTIVE price (flash sales
// included), on every path: the index walk, the per-category walks and search.

let t: TestDatabase;
let admin: ReturnType<typeof createCaller>;
const anon = () => createCaller({ db: t.db, actor: null });
const MIN = 60_000;
const HOUR = 60 * MIN;
/** id -> effective price expected now. */
const effective = new Map<string, number>();
let parentSlug = "";

beforeAll(async () => {
  t = await createTestDatabase();
  const shop = await createShop(t.db, { storeName: "Catalogue Sale Pharmacy" });
  admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  // Two subcategories of one parent, so a category listing takes the per-category walks.
  const parent = await createCategory(t.db);
  parentSlug = parent.slug;
  const left = await createCategory(t.db, { parentId: parent.id });
  const right = await createCategory(t.db, { parentId: parent.id });
  const make = (priceCents: number, i: number) => createMedicine(t.db, { sellerId: shop.user.id, categoryId: i % 2 ? left.id : right.id, priceCents });
  const [a, b, c, d, e, f] = await Promise.all([1000, 2000, 3000, 4000, 5000, 6000].map(make));
  const live = await admin.sale.create({ name: "Live", slug: unique("live").toLowerCase(), startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
  const other = await admin.sale.create({ name: "Also live", slug: unique("also").toLowerCase(), startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
  const cancelled = await admin.sale.create({ name: "Cancelled", slug: unique("gone").toLowerCase(), startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
  const later = await admin.sale.create({ name: "Later", slug: unique("later").toLowerCase(), startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR) });
  await admin.sale.addItem({ eventId: live.id, medicineId: d!.id, salePriceCents: 500 }); // 4000 -> 500: cheapest of all
  await admin.sale.addItem({ eventId: live.id, medicineId: b!.id, percentOff: 50 }); // 2000 -> 1000: ties with a
  await admin.sale.addItem({ eventId: other.id, medicineId: b!.id, percentOff: 40 }); // 1200: the lower live price (1000) wins
  const capped = await admin.sale.addItem({ eventId: live.id, medicineId: c!.id, salePriceCents: 10, capUnits: 1 });
  await t.db.saleItem.update({ where: { id: capped.id }, data: { soldUnits: 1 } }); // cap used up: list price
  await admin.sale.addItem({ eventId: cancelled.id, medicineId: e!.id, salePriceCents: 100 });
  await admin.sale.cancel({ eventId: cancelled.id, reason: "test: cancelled sales do not price" });
  await admin.sale.addItem({ eventId: later.id, medicineId: f!.id, salePriceCents: 100 }); // not started: list price
  for (const [m, price] of [[a, 1000], [b, 1000], [c, 3000], [d, 500], [e, 5000], [f, 6000]] as const) effective.set(m!.id, price);
});
afterAll(async () => {
  await t?.drop();
});

type ListInput = NonNullable<MedicineListInput>;

/** Every page (limit 2, so pages straddle the walk and the sale set) of one listing. */
async function walk(input: ListInput) {
  const seen: { id: string; priceCents: number }[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i += 1) {
    const page = await anon().medicine.list({ ...input, limit: 2, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((m) => ({ id: m.id, priceCents: m.priceCents })));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("did not end");
}

function expected(dir: "asc" | "desc", keep: (price: number) => boolean = () => true) {
  const rows = [...effective].filter(([, p]) => keep(p)).map(([id, priceCents]) => ({ id, priceCents }));
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  rows.sort((x, y) => cmp(x.priceCents, y.priceCents) || cmp(x.id, y.id));
  return dir === "asc" ? rows : rows.reverse();
}

describe("catalogue price sort and filter use the effective price", () => {
  it.each([
    ["the whole catalogue", () => ({})],
    ["a category (per-category walks)", () => ({ categorySlug: parentSlug })],
    ["a search", () => ({ search: "medicine" })],
  ])("price_asc and price_desc over %s, page by page", async (_label, input: () => ListInput) => {
    const base = input();
    expect(await walk({ ...base, sort: "price_asc" })).toEqual(expected("asc"));
    expect(await walk({ ...base, sort: "price_desc" })).toEqual(expected("desc"));
  });

  it.each([["newest"], ["price_asc"], ["rating"]] as const)("min/max price compare the sale price (sort %s)", async (sort) => {
    const ids = (await walk({ sort, minPrice: 900, maxPrice: 1500 })).map((m) => m.id).sort();
    expect(ids).toEqual(expected("asc", (p) => p >= 900 && p <= 1500).map((m) => m.id).sort());
    const cheap = (await walk({ sort, search: "medicine", maxPrice: 600 })).map((m) => m.id);
    expect(cheap).toEqual(expected("asc", (p) => p <= 600).map((m) => m.id));
  });
});
