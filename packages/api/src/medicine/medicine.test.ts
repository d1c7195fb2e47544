import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { createCategory, createManufacturer, createMedicine, createSeller } from "../testing/factories";
import { expectTRPCError } from "../testing/expect";
import type { MedicineCard } from "./medicine-card";
import type { MedicineListInput, MedicineSort } from "./medicine.schema";

let t: TestDatabase;
let caller: ReturnType<typeof createCaller>;

type Fixture = { id: string; slug: string; priceCents: number; createdAt: Date; categoryId: string };
const active: Fixture[] = [];
const ids = { root: "", child: "", grandchild: "", other: "" };
const slugs = { root: "", child: "", grandchild: "", other: "" };
let archivedSlug = "";
let seller: Awaited<ReturnType<typeof createSeller>>;
let manufacturer: Awaited<ReturnType<typeof createManufacturer>>;

beforeAll(async () => {
  t = await createTestDatabase();
  caller = createCaller({ db: t.db, actor: null });
  seller = await createSeller(t.db, { storeName: "Corner Pharmacy" });
  manufacturer = await createManufacturer(t.db, { name: "Acme Pharma" });
  const root = await createCategory(t.db, { name: "Root" });
  const child = await createCategory(t.db, { name: "Child", parentId: root.id });
  const grandchild = await createCategory(t.db, { name: "Grandchild", parentId: child.id });
  const other = await createCategory(t.db, { name: "Other" });
  Object.assign(ids, { root: root.id, child: child.id, grandchild: grandchild.id, other: other.id });
  Object.assign(slugs, { root: root.slug, child: child.slug, grandchild: grandchild.slug, other: other.slug });

  // Ties on both sort keys on purpose: pages must still be exact thanks to the id tie-breaker.
  const t0 = Date.UTC(2026, 0, 1);
  const specs: { price: number; minutes: number; categoryId: string }[] = [
    { price: 500, minutes: 1, categoryId: root.id },
    { price: 500, minutes: 1, categoryId: child.id },
    { price: 500, minutes: 2, categoryId: grandchild.id },
    { price: 120, minutes: 3, categoryId: grandchild.id },
    { price: 9900, minutes: 3, categoryId: other.id },
    { price: 120, minutes: 4, categoryId: other.id },
    { price: 7, minutes: 5, categoryId: child.id },
  ];
  for (const s of specs) {
    const m = await createMedicine(t.db, {
      sellerId: seller.user.id,
      categoryId: s.categoryId,
      manufacturerId: manufacturer.id,
      priceCents: s.price,
      createdAt: new Date(t0 + s.minutes * 60_000 + 123), // milliseconds must survive the cursor
    });
    active.push({ id: m.id, slug: m.slug, priceCents: m.priceCents, createdAt: m.createdAt, categoryId: s.categoryId });
  }
  const archived = await createMedicine(t.db, { sellerId: seller.user.id, categoryId: child.id, status: "ARCHIVED" });
  archivedSlug = archived.slug;
});
afterAll(async () => {
  await t?.drop();
});

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
function expectedOrder(items: Fixture[], sort: Exclude<MedicineSort, "relevance" | "rating">): string[] {
  const sorted = [...items].sort((a, b) => {
    if (sort === "newest") return cmp(b.createdAt.getTime(), a.createdAt.getTime()) || cmp(a.id, b.id);
    if (sort === "price_asc") return cmp(a.priceCents, b.priceCents) || cmp(a.id, b.id);
    return cmp(b.priceCents, a.priceCents) || cmp(b.id, a.id);
  });
  return sorted.map((m) => m.id);
}

async function listAll(input: MedicineListInput, db?: Db): Promise<{ ids: string[]; pages: number }> {
  const c = db ? createCaller({ db, actor: null }) : caller;
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await c.medicine.list({ ...input, ...(cursor ? { cursor } : {}) });
    pages += 1;
    expect(page.items.length).toBeLessThanOrEqual(input?.limit ?? 24);
    seen.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
    if (pages > 50) throw new Error("pagination does not terminate");
  } while (cursor);
  return { ids: seen, pages };
}

describe("medicine.list", () => {
  it.each(["newest", "price_asc", "price_desc"] as const)(
    "pages through every ACTIVE medicine exactly once, in order (sort %s, limit 2)",
    async (sort) => {
      const { ids: seen, pages } = await listAll({ sort, limit: 2 });
      expect(seen).toEqual(expectedOrder(active, sort));
      expect(new Set(seen).size).toBe(active.length);
      expect(pages).toBe(Math.ceil(active.length / 2));
    },
  );

  it("defaults to newest first, 24 per page, with no next page when everything fits", async () => {
    const page = await caller.medicine.list();
    expect(page.items.map((i) => i.id)).toEqual(expectedOrder(active, "newest"));
    expect(page.nextCursor).toBeNull();
  });

  it("returns the card shape with manufacturer, category and seller", async () => {
    const page = await caller.medicine.list({ sort: "price_asc", limit: 1 });
    const first = active.find((m) => m.id === expectedOrder(active, "price_asc")[0])!;
    expect(page.items).toEqual<MedicineCard[]>([
      {
        id: first.id,
        slug: first.slug,
        name: `Medicine ${first.slug}`,
        genericName: `generic ${first.slug}`,
        strength: "500 mg",
        dosageForm: "tablet",
        packSize: "20 tablets",
        priceCents: 7,
        listPriceCents: 7,
        sale: null,
        stock: 100,
        stockState: { state: "in_stock" },
        requiresPrescription: false,
        imageUrl: null,
        rating: { average: 0, count: 0 },
        manufacturer: { id: manufacturer.id, name: "Acme Pharma" },
        category: { id: ids.child, name: "Child", slug: slugs.child },
        seller: { id: seller.user.id, storeName: "Corner Pharmacy" },
      },
    ]);
  });

  it("a category filter includes all descendant categories", async () => {
    const inTree = active.filter((m) => m.categoryId !== ids.other);
    const root = await listAll({ categorySlug: slugs.root, sort: "price_desc", limit: 2 });
    expect(root.ids).toEqual(expectedOrder(inTree, "price_desc"));

    const underChild = active.filter((m) => m.categoryId === ids.child || m.categoryId === ids.grandchild);
    const child = await listAll({ categorySlug: slugs.child, limit: 2 });
    expect(child.ids).toEqual(expectedOrder(underChild, "newest"));

    const leaf = await caller.medicine.list({ categorySlug: slugs.grandchild });
    expect(leaf.items.map((i) => i.id).sort()).toEqual(
      active.filter((m) => m.categoryId === ids.grandchild).map((m) => m.id).sort(),
    );

    expect(await caller.medicine.list({ categorySlug: "no-such-category" })).toEqual({
      items: [],
      nextCursor: null,
      sort: "newest",
      total: { count: 0, more: false },
      correctedSearch: null,
    });
  });

  it("searches name and generic name case-insensitively, best match first; symbols alone match nothing", async () => {
    const target = active[3]!;
    const byName = await caller.medicine.list({ search: `  MEDICINE ${target.slug.toUpperCase()} ` });
    expect(byName.sort).toBe("relevance");
    expect(byName.items[0]?.id).toBe(target.id);
    const byGeneric = await caller.medicine.list({ search: `generic ${target.slug}` });
    expect(byGeneric.items[0]?.id).toBe(target.id);
    expect((await caller.medicine.list({ search: "%" })).items).toEqual([]);
    expect((await caller.medicine.list({ search: "_" })).items).toEqual([]);
  });

  it("runs as at most two database operations (category subtree + page)", async () => {
    let operations = 0;
    const counted = t.db.$extends({
      query: {
        async $allOperations({ args, query }) {
          operations += 1;
          return query(args);
        },
      },
    }) as unknown as Db;
    await createCaller({ db: counted, actor: null }).medicine.list({ categorySlug: slugs.root, search: "medicine", limit: 2 });
    expect(operations).toBe(2);
    operations = 0;
    await createCaller({ db: counted, actor: null }).medicine.list({ search: "medicine", limit: 2 });
    expect(operations).toBe(1);
  });

  it("rejects invalid cursors with BAD_REQUEST", async () => {
    const page = await caller.medicine.list({ sort: "newest", limit: 2 });
    expect(page.nextCursor).toEqual(expect.any(String));
    const bad = [
      "not-a-cursor!",
      Buffer.from("{not json").toString("base64url"),
      Buffer.from(JSON.stringify({ s: "newest", k: "yesterday", id: "x" })).toString("base64url"),
      Buffer.from(JSON.stringify({ s: "price_asc", k: -1, id: "x" })).toString("base64url"),
      Buffer.from(JSON.stringify({ s: "newest", k: new Date().toISOString(), id: "x", extra: 1 })).toString("base64url"),
    ];
    for (const cursor of bad) {
      const error = await expectTRPCError(caller.medicine.list({ cursor }), "BAD_REQUEST");
      expect(error.message).toBe("Invalid cursor.");
    }
    // A cursor is bound to the sort it was issued for.
    await expectTRPCError(caller.medicine.list({ cursor: page.nextCursor!, sort: "price_asc" }), "BAD_REQUEST");
  });

  it("validates input strictly", async () => {
    await expectTRPCError(caller.medicine.list({ limit: 101 }), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ limit: 0 }), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ limit: 2.5 }), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ search: "x".repeat(101) }), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ sort: "popular" } as never), "BAD_REQUEST");
    await expectTRPCError(caller.medicine.list({ status: "ARCHIVED" } as never), "BAD_REQUEST");
  });
});

describe("medicine.bySlug", () => {
  it("returns an ACTIVE medicine", async () => {
    const m = active[0]!;
    await expect(caller.medicine.bySlug({ slug: m.slug })).resolves.toMatchObject({
      id: m.id,
      slug: m.slug,
      description: "",
      category: { id: ids.root },
      seller: { storeName: "Corner Pharmacy" },
    });
  });

  it("is NOT_FOUND for archived and unknown slugs", async () => {
    await expectTRPCError(caller.medicine.bySlug({ slug: archivedSlug }), "NOT_FOUND");
    await expectTRPCError(caller.medicine.bySlug({ slug: "does-not-exist" }), "NOT_FOUND");
  });
});
