import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, type QueryEvent } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { enableCategoryCache } from "../category/category-cache";
import { createCaller } from "../root";
import { expectTRPCError } from "../testing/expect";
import { createCategory, createManufacturer, createMedicine, createSeller, createUser } from "../testing/factories";
import type { MedicineListInput, MedicineSort } from "./medicine.schema";

let t: TestDatabase;
let caller: ReturnType<typeof createCaller>;
let sellerId: string;
const cat = { root: { id: "", slug: "" }, child: { id: "", slug: "" }, other: { id: "", slug: "" } };
const made: Record<string, { id: string; slug: string }> = {};
let acme = { id: "", name: "" };

async function add(
  key: string,
  opts: { name: string; generic: string; price: number; stock?: number; rx?: boolean; category?: string; maker?: string },
) {
  const m = await createMedicine(t.db, {
    sellerId,
    categoryId: opts.category ?? cat.child.id,
    manufacturerId: opts.maker ?? acme.id,
    name: opts.name,
    genericName: opts.generic,
    priceCents: opts.price,
    stock: opts.stock ?? 50,
    requiresPrescription: opts.rx ?? false,
  });
  made[key] = m;
  return m;
}

beforeAll(async () => {
  t = await createTestDatabase();
  caller = createCaller({ db: t.db, actor: null });
  sellerId = (await createSeller(t.db)).user.id;
  const root = await createCategory(t.db, { name: "Medicines" });
  const child = await createCategory(t.db, { name: "Pain", parentId: root.id });
  const other = await createCategory(t.db, { name: "Antibiotics" });
  Object.assign(cat, { root, child, other });
  acme = await createManufacturer(t.db, { name: "Acme Pharma" });
  const brufen = await createManufacturer(t.db, { name: "Brufen Labs" });
  await add("paracetamol", { name: "Paracetamol 500mg", generic: "paracetamol", price: 299 });
  await add("panadol", { name: "Panadol", generic: "paracetamol", price: 450, stock: 0, category: root.id });
  await add("ibuprofen", { name: "Ibuprofen 200mg", generic: "ibuprofen", price: 520, maker: brufen.id });
  await add("amoxicillin", { name: "Amoxicillin 250mg", generic: "amoxicillin", price: 1200, rx: true, category: other.id });
  await add("cetirizine", { name: "Cetirizine 10mg", generic: "cetirizine", price: 199, category: other.id });
});
afterAll(async () => {
  await t?.drop();
});

const ids = async (input: MedicineListInput) => (await caller.medicine.list(input)).items.map((i) => i.id);

describe("storefront search", () => {
  it.each([
    ["paracetmol", "paracetamol"],
    ["ibuprofn", "ibuprofen"],
    ["amoxicilin", "amoxicillin"],
    ["PARACETAMOL", "paracetamol"],
    ["brufen", "ibuprofen"], // manufacturer
    ["cetiri", "cetirizine"], // prefix
  ])("%s finds %s first", async (search, key) => {
    const page = await caller.medicine.list({ search });
    expect(page.sort).toBe("relevance");
    expect(page.items[0]?.id).toBe(made[key]!.id);
  });

  it("finds both paracetamol products by generic name and nothing for gibberish", async () => {
    expect(new Set(await ids({ search: "paracetamol" }))).toEqual(new Set([made.paracetamol!.id, made.panadol!.id]));
    expect(await ids({ search: "zzqqxx" })).toEqual([]);
    expect(await ids({ search: "   " })).toHaveLength(5); // blank search = plain listing
  });

  it("corrects typos word by word, pages through fuzzy results, and learns new words from edits", async () => {
    expect((await caller.medicine.list({ search: "paracetmol 500mg" })).items[0]?.id).toBe(made.paracetamol!.id);
    expect(await ids({ search: "paracetmol zzqqxx" })).toEqual([]); // every word must correct to something
    const first = await caller.medicine.list({ search: "paracetmol", limit: 1 });
    const second = await caller.medicine.list({ search: "paracetmol", limit: 1, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([made.paracetamol!.id, made.panadol!.id]);
    expect(second.nextCursor).toBeNull();

    const renamed = await createMedicine(t.db, { sellerId, categoryId: cat.other.id, name: "Plain", genericName: "plain" });
    expect(await ids({ search: "zyrtekia" })).toEqual([]);
    await t.db.medicine.update({ where: { id: renamed.id }, data: { name: "Zyrtecia", searchText: "zyrtecia cetirizine acme pharma" } });
    expect(await ids({ search: "zyrtekia" })).toEqual([renamed.id]);
    await t.db.medicine.delete({ where: { id: renamed.id } });
  });

  it("says how the search was corrected and how many matched; exact turns correction off", async () => {
    const corrected = await caller.medicine.list({ search: "Paracetmol  500mg", limit: 1 });
    expect(corrected.correctedSearch).toBe("paracetamol 500mg");
    expect(corrected.total).toEqual({ count: 1, more: false });
    const both = await caller.medicine.list({ search: "paracetmol", limit: 1 });
    expect(both.total).toEqual({ count: 2, more: false });
    expect((await caller.medicine.list({ search: "paracetmol", limit: 1, cursor: both.nextCursor! })).total).toBeNull();

    // A correct search, and one typed exactly, report no correction; exact finds nothing for a typo.
    expect((await caller.medicine.list({ search: "paracetamol" })).correctedSearch).toBeNull();
    expect(await caller.medicine.list({ search: "paracetmol", exact: true })).toMatchObject({
      items: [],
      total: { count: 0, more: false },
      correctedSearch: null,
    });

    // Browsing counts too, with filters applied.
    expect((await caller.medicine.list({ categorySlug: cat.root.slug, limit: 1 })).total).toEqual({ count: 3, more: false });
    expect((await caller.medicine.list({ categorySlug: cat.root.slug, inStock: true })).total).toEqual({ count: 2, more: false });
    expect((await caller.medicine.list({ prescription: "rx" })).total).toEqual({ count: 1, more: false });
  });

  it("an unfiltered category count from the cached tree equals the counted one", async () => {
    const cachedDb = createDb({ url: t.url, max: 2 });
    try {
      enableCategoryCache(cachedDb);
      const cached = createCaller({ db: cachedDb, actor: null });
      for (const input of [{}, { categorySlug: cat.root.slug }, { categorySlug: cat.other.slug }, { categorySlug: "nope" }]) {
        expect((await cached.medicine.list(input)).total, JSON.stringify(input)).toEqual((await caller.medicine.list(input)).total);
      }
    } finally {
      await cachedDb.$disconnect();
    }
  });

  it("filters by category (with descendants), manufacturer, price range, prescription and stock", async () => {
    const set = async (input: MedicineListInput) => new Set(await ids(input));
    const { paracetamol, panadol, ibuprofen, amoxicillin, cetirizine } = made as Record<string, { id: string }>;
    expect(await set({ categorySlug: cat.root.slug })).toEqual(new Set([paracetamol!.id, panadol!.id, ibuprofen!.id]));
    expect(await set({ categorySlug: cat.child.slug })).toEqual(new Set([paracetamol!.id, ibuprofen!.id]));
    expect(await set({ manufacturerId: acme.id, categorySlug: cat.other.slug })).toEqual(new Set([amoxicillin!.id, cetirizine!.id]));
    expect(await set({ minPrice: 299, maxPrice: 520 })).toEqual(new Set([paracetamol!.id, panadol!.id, ibuprofen!.id]));
    expect(await set({ prescription: "rx" })).toEqual(new Set([amoxicillin!.id]));
    expect((await set({ prescription: "otc" })).has(amoxicillin!.id)).toBe(false);
    expect((await set({ inStock: true })).has(panadol!.id)).toBe(false);
    expect(await set({ search: "paracetmol", inStock: true })).toEqual(new Set([paracetamol!.id]));
    await expectTRPCError(caller.medicine.list({ minPrice: 500, maxPrice: 100 }), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ minPrice: -1 }), "BAD_REQUEST");
  });

  it("sorts by price and rating; relevance without a search falls back to newest", async () => {
    const prices = (await caller.medicine.list({ sort: "price_desc" })).items.map((i) => i.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    await t.db.medicine.update({ where: { id: made.cetirizine!.id }, data: { ratingAverage: "4.75", ratingCount: 4 } });
    await t.db.medicine.update({ where: { id: made.ibuprofen!.id }, data: { ratingAverage: "3.50", ratingCount: 2 } });
    const byRating = await caller.medicine.list({ sort: "rating" });
    expect(byRating.items.slice(0, 2).map((i) => i.id)).toEqual([made.cetirizine!.id, made.ibuprofen!.id]);
    expect(byRating.items[0]?.rating).toEqual({ average: 4.75, count: 4 });
    expect((await caller.medicine.list({ sort: "relevance" })).sort).toBe("newest");
  });
});

describe("crafted cursors", () => {
  it("are BAD_REQUEST, never a database error", async () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const [sort, cursor] of [
      ["price_asc", { s: "price_asc", k: 2 ** 40, id: "x" }],
      ["relevance", { s: "relevance", k: 2 ** 31, id: "x" }],
      ["newest", { s: "newest", k: "2026-01-01T00:00:00.000Z", id: "a\u0000b" }],
      ["rating", { s: "rating", k: "45", id: "x" }],
    ] as const) {
      const input = sort === "relevance" ? { search: "para", cursor: enc(cursor) } : { sort, cursor: enc(cursor) };
      await expectTRPCError(caller.medicine.list(input), "BAD_REQUEST");
    }
  });
});

describe("category subtree plans", () => {
  it("single category, per-category merge and ANY over a broad subtree return the same pages", async () => {
    const root = await createCategory(t.db, { name: "Broad" });
    const leaves = [];
    for (let i = 0; i < 30; i += 1) leaves.push(await createCategory(t.db, { parentId: root.id }));
    const expected: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const m = await createMedicine(t.db, { sellerId, categoryId: leaves[(i * 7) % 30]!.id, priceCents: 100 + ((i * 53) % 7) });
      expected.push(m.id);
    }
    for (const sort of ["newest", "price_asc", "price_desc", "rating"] as const) {
      const all = await caller.medicine.list({ categorySlug: root.slug, sort, limit: 100 }); // 31 x 101 rows: ANY plan
      expect(new Set(all.items.map((i) => i.id))).toEqual(new Set(expected));
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await caller.medicine.list({ categorySlug: root.slug, sort, limit: 5, ...(cursor ? { cursor } : {}) });
        paged.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all.items.map((i) => i.id)); // per-category plan, same order
    }
    const leaf = leaves[0]!;
    const single = await caller.medicine.list({ categorySlug: leaf.slug, sort: "price_asc" });
    expect(single.items.every((i) => i.category.id === leaf.id)).toBe(true);
    expect(single.items.length).toBeGreaterThan(0);
  });
});

describe("keyset pagination is stable under inserts", () => {
  const cases: [MedicineSort, MedicineListInput][] = [
    ["newest", { sort: "newest" }],
    ["price_asc", { sort: "price_asc" }],
    ["price_desc", { sort: "price_desc" }],
    ["rating", { sort: "rating" }],
    ["relevance", { search: "stable" }],
  ];
  it.each(cases)("%s: every original row exactly once while new rows arrive between pages", async (sort, input) => {
    const category = await createCategory(t.db);
    const original = new Set<string>();
    const create = async (i: number) => {
      const m = await createMedicine(t.db, {
        sellerId,
        categoryId: category.id,
        name: `Stable ${sort} ${i}`,
        genericName: i % 2 ? "stable generic" : "stablex",
        priceCents: (i * 37) % 500,
      });
      await t.db.medicine.update({ where: { id: m.id }, data: { ratingAverage: ((i * 13) % 50) / 10 } });
      return m.id;
    };
    for (let i = 0; i < 9; i += 1) original.add(await create(i));

    const seen: string[] = [];
    let cursor: string | undefined;
    let extra = 100;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await caller.medicine.list({ ...input, categorySlug: category.slug, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
      await create(extra++); // lands before or after the cursor depending on its sort key
      await create(extra++);
    }
    const originalSeen = seen.filter((id) => original.has(id));
    expect(originalSeen).toHaveLength(original.size);
    expect(new Set(originalSeen)).toEqual(original);
    expect(new Set(seen).size).toBe(seen.length); // no duplicates at all
  });
});

describe("statement count", () => {
  let counted: Db;
  const statements: QueryEvent[] = [];
  beforeAll(() => {
    counted = createDb({ url: t.url, max: 2, onQuery: (e) => statements.push(e) });
  });
  afterAll(async () => {
    await counted?.$disconnect();
  });

  it("list and search each run in at most 2 SQL statements, whatever the page size", async () => {
    const c = createCaller({ db: counted, actor: null });
    const inputs: MedicineListInput[] = [
      { limit: 100 },
      { limit: 1, sort: "price_asc" },
      { search: "paracetmol", categorySlug: cat.root.slug, inStock: true, minPrice: 1, maxPrice: 100_000, limit: 100 },
      { search: "ibuprofn", manufacturerId: acme.id, prescription: "otc", sort: "rating", limit: 3 },
    ];
    for (const input of inputs) {
      statements.length = 0;
      const page = await c.medicine.list(input);
      expect(statements.length).toBeGreaterThanOrEqual(1); // the events really are counted
      expect(statements.length).toBeLessThanOrEqual(2);
      if (page.nextCursor) {
        statements.length = 0;
        await c.medicine.list({ ...input, cursor: page.nextCursor });
        expect(statements.length).toBeLessThanOrEqual(2);
      }
    }
    statements.length = 0;
    await c.medicine.list({ search: "paracetamol", limit: 100 });
    expect(statements.length).toBeGreaterThanOrEqual(1);
    expect(statements.length).toBeLessThanOrEqual(2);
  });
});

describe("medicine.bySlug", () => {
  it("returns stock state, prescription flag, seller and rating summary", async () => {
    const m = made.amoxicillin!;
    const reviewers = await Promise.all([1, 2, 3].map(() => createUser(t.db)));
    await t.db.review.createMany({
      data: [5, 5, 3].map((rating, i) => ({ medicineId: m.id, userId: reviewers[i]!.id, rating })),
    });
    await t.db.medicine.update({ where: { id: m.id }, data: { stock: 3, ratingAverage: "4.33", ratingCount: 3 } });
    await t.db.batch.updateMany({ where: { medicineId: m.id }, data: { quantity: 3 } }); // its one lot
    const detail = await caller.medicine.bySlug({ slug: m.slug });
    expect(detail).toMatchObject({
      id: m.id,
      requiresPrescription: true,
      stockState: { state: "low", count: 3 },
      ratingSummary: { average: 4.33, count: 3, distribution: { "1": 0, "2": 0, "3": 1, "4": 0, "5": 2 } },
      seller: { id: sellerId },
      manufacturer: { id: acme.id, name: "Acme Pharma" },
    });
    expect((await caller.medicine.bySlug({ slug: made.panadol!.slug })).stockState).toEqual({ state: "out_of_stock" });
    expect((await caller.medicine.bySlug({ slug: made.paracetamol!.slug })).stockState).toEqual({ state: "in_stock" });
  });
});
