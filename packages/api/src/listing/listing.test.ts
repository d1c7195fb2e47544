import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { auditRows, listingInput, medicineState, stockAndLedger } from "../testing/catalog";
import { expectTRPCError } from "../testing/expect";
import { actorOf, createCategory, createSeller, createUser, unique } from "../testing/factories";

/** A lot as printed on the pack (restock records one). */
const LOT = { lotNumber: "LOT-A1", expiresAt: new Date(Date.now() + 400 * 24 * 3600 * 1000) };

let t: TestDatabase;
let categoryId: string;
let otherCategory: { id: string; name: string };
let seller: Awaited<ReturnType<typeof createSeller>>;
let other: Awaited<ReturnType<typeof createSeller>>;
let asSeller: ReturnType<typeof createCaller>;
let asOther: ReturnType<typeof createCaller>;
let asAdmin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  categoryId = (await createCategory(t.db, { name: "Pain relief" })).id;
  otherCategory = await createCategory(t.db, { name: "Cold and flu" });
  seller = await createSeller(t.db, { storeName: "Main Street Pharmacy" });
  other = await createSeller(t.db);
  const admin = await createUser(t.db, { role: "ADMIN" });
  adminId = admin.id;
  asSeller = createCaller({ db: t.db, actor: seller.actor });
  asOther = createCaller({ db: t.db, actor: other.actor });
  asAdmin = createCaller({ db: t.db, actor: actorOf(admin) });
});
afterAll(async () => {
  await t?.drop();
});

describe("listing.create", () => {
  it("creates an ACTIVE listing owned by the caller, with slug, searchText, INITIAL movement and audit rows", async () => {
    const created = await asSeller.listing.create(
      listingInput(categoryId, { name: "Panadol Extra", strength: "500 mg", manufacturer: { name: "  GSK  Consumer " }, initialStock: 40 }),
    );
    expect(created).toMatchObject({
      slug: "panadol-extra-500-mg",
      status: "ACTIVE",
      sellerId: seller.user.id,
      stock: 40,
      stockState: { state: "in_stock" },
      manufacturer: { name: "GSK Consumer" },
      category: { id: categoryId },
    });
    const row = await t.db.medicine.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.searchText).toBe("panadol extra paracetamol gsk consumer");
    expect(await stockAndLedger(t.db, created.id)).toEqual({ stock: 40, ledger: 40, batches: 40 });
    const movement = await t.db.stockMovement.findFirstOrThrow({ where: { medicineId: created.id } });
    expect(movement).toMatchObject({ delta: 40, reason: "INITIAL", actorId: seller.user.id });
    const audits = await auditRows(t.db, created.id);
    expect(audits.map((a) => a.action)).toEqual(["medicine.created", "medicine.stock_changed"]);
    expect(audits[0]).toMatchObject({ actorId: seller.user.id, entityType: "Medicine", after: expect.objectContaining({ priceCents: 499 }) });
    expect(audits[1]).toMatchObject({ before: { stock: 0 }, after: expect.objectContaining({ stock: 40, reason: "INITIAL" }) });
  });

  it("generates a different slug for a second listing with the same name, and no movement for zero stock", async () => {
    const a = await asSeller.listing.create(listingInput(categoryId, { name: "Same Name", strength: "10 mg" }));
    const b = await asOther.listing.create(listingInput(categoryId, { name: "Same Name", strength: "10 mg" }));
    expect(a.slug).toBe("same-name-10-mg");
    expect(b.slug).toMatch(/^same-name-10-mg-[0-9a-f]{6}$/);
    expect(await t.db.stockMovement.count({ where: { medicineId: b.id } })).toBe(0);
  });

  it("de-duplicates manufacturers case-insensitively, also when created concurrently", async () => {
    const results = await Promise.all(
      ["Zen Labs", "zen labs", "  ZEN   LABS ", "Zen Labs"].map((name) =>
        asSeller.listing.create(listingInput(categoryId, { manufacturer: { name } })),
      ),
    );
    const ids = new Set(results.map((r) => r.manufacturer.id));
    expect(ids.size).toBe(1);
    expect(await t.db.manufacturer.count({ where: { nameKey: "zen labs" } })).toBe(1);
    // Picking it by id works too.
    const [id] = [...ids];
    const picked = await asOther.listing.create(listingInput(categoryId, { manufacturer: { id: id! } }));
    expect(picked.manufacturer.id).toBe(id);
    await expectTRPCError(asOther.listing.create(listingInput(categoryId, { manufacturer: { id: "nope" } })), "BAD_REQUEST");
  });

  it("is FORBIDDEN without an APPROVED seller profile, and for admins", async () => {
    for (const status of ["PENDING", "REJECTED"] as const) {
      const s = await createSeller(t.db, { status });
      const error = await expectTRPCError(
        createCaller({ db: t.db, actor: s.actor }).listing.create(listingInput(categoryId)),
        "FORBIDDEN",
      );
      expect(error.message).toMatch(/approved/);
    }
    await expectTRPCError(asAdmin.listing.create(listingInput(categoryId)), "FORBIDDEN");
    const customer = await createUser(t.db);
    await expectTRPCError(createCaller({ db: t.db, actor: actorOf(customer) }).listing.create(listingInput(categoryId)), "FORBIDDEN");
  });

  it("refuses server-owned keys and bad values with BAD_REQUEST (field errors for forms)", async () => {
    const base = listingInput(categoryId);
    for (const extra of [{ sellerId: other.user.id }, { status: "ARCHIVED" }, { stock: 5 }, { slug: "x" }, { searchText: "x" }]) {
      await expectTRPCError(asSeller.listing.create({ ...base, ...extra } as never), "BAD_REQUEST");
    }
    for (const priceCents of [-1, 1.5, 10_000_001]) {
      await expectTRPCError(asSeller.listing.create({ ...base, priceCents }), "BAD_REQUEST");
    }
    const error = await expectTRPCError(asSeller.listing.create({ ...base, name: "x" }), "BAD_REQUEST");
    const issues = (error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues ?? [];
    expect(issues.map((i) => i.path[0])).toEqual(["name"]);
    await expectTRPCError(asSeller.listing.create({ ...base, imageUrl: "javascript:alert(1)" }), "BAD_REQUEST");
    await expectTRPCError(asSeller.listing.create({ ...base, categoryId: "missing" }), "BAD_REQUEST");
    expect((await asSeller.listing.create({ ...base, name: unique("Imageless"), imageUrl: "" })).imageUrl).toBeNull();
    // A lone surrogate is stored as U+FFFD (text) and must not break the jsonb audit row.
    const odd = await asSeller.listing.create({ ...base, name: "Odd \uD800 name" });
    expect(odd.name).toBe("Odd \uFFFD name");
    await expectTRPCError(asSeller.listing.listMine({ cursor: Buffer.from('{"k":"2026-01-01T00:00:00.000Z","id":"a\\u0000"}').toString("base64url") }), "BAD_REQUEST");
  });
});

describe("listing.update", () => {
  it("audits price, category, manufacturer and prescription changes with before/after, and keeps searchText current", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId, { name: "Coldrex", manufacturer: { name: "Perrigo" } }));
    const updated = await asSeller.listing.update({
      id: m.id,
      priceCents: 650,
      categoryId: otherCategory.id,
      manufacturer: { name: "Bayer" },
      requiresPrescription: true,
      name: "Coldrex Max",
    });
    expect(updated).toMatchObject({ priceCents: 650, requiresPrescription: true, name: "Coldrex Max", slug: m.slug });
    expect(updated.category.id).toBe(otherCategory.id);
    const audit = (await auditRows(t.db, m.id)).at(-1)!;
    expect(audit).toMatchObject({
      action: "medicine.updated",
      actorId: seller.user.id,
      before: {
        priceCents: 499,
        categoryId,
        category: "Pain relief",
        manufacturerId: m.manufacturer.id,
        manufacturer: "Perrigo",
        requiresPrescription: false,
        name: "Coldrex",
      },
      after: {
        priceCents: 650,
        categoryId: otherCategory.id,
        category: "Cold and flu",
        manufacturerId: updated.manufacturer.id,
        manufacturer: "Bayer",
        requiresPrescription: true,
        name: "Coldrex Max",
      },
    });
    expect(Object.keys(audit.after as object).sort()).toEqual(
      ["category", "categoryId", "manufacturer", "manufacturerId", "name", "priceCents", "requiresPrescription"].sort(),
    );
    const row = await t.db.medicine.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.searchText).toBe("coldrex max paracetamol bayer");
  });

  it("writes nothing for a no-op patch", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId));
    const before = await medicineState(t.db, m.id);
    await asSeller.listing.update({ id: m.id, priceCents: 499, name: m.name });
    await asSeller.listing.update({ id: m.id });
    expect(await medicineState(t.db, m.id)).toEqual(before);
  });

  it("refuses stock, status, sellerId and slug in the patch", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId));
    for (const extra of [{ stock: 1 }, { status: "ARCHIVED" }, { sellerId: other.user.id }, { slug: "y" }, { ratingAverage: 5 }]) {
      await expectTRPCError(asSeller.listing.update({ id: m.id, ...extra } as never), "BAD_REQUEST");
    }
  });
});

describe("ownership", () => {
  it("another seller gets NOT_FOUND on every listing procedure and changes nothing", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId, { initialStock: 5 }));
    const before = await medicineState(t.db, m.id);
    await expectTRPCError(asOther.listing.update({ id: m.id, priceCents: 1 }), "NOT_FOUND");
    await expectTRPCError(asOther.listing.archive({ id: m.id }), "NOT_FOUND");
    await expectTRPCError(asOther.listing.restore({ id: m.id }), "NOT_FOUND");
    await expectTRPCError(asOther.listing.getForEdit({ id: m.id }), "NOT_FOUND");
    await expectTRPCError(asOther.listing.history({ id: m.id }), "NOT_FOUND");
    await expectTRPCError(asOther.inventory.restock({ ...LOT, medicineId: m.id, quantity: 5 }), "NOT_FOUND");
    await expectTRPCError(asOther.inventory.writeOff({ medicineId: m.id, quantity: 1, kind: "damage" }), "NOT_FOUND");
    await expectTRPCError(asOther.inventory.correct({ medicineId: m.id, delta: -1, note: "count" }), "NOT_FOUND");
    await expectTRPCError(asOther.inventory.movements({ medicineId: m.id }), "NOT_FOUND");
    expect((await asOther.listing.listMine()).items.map((i) => i.id)).not.toContain(m.id);
    expect(await medicineState(t.db, m.id)).toEqual(before);
  });

  it("an admin may read and archive any listing, but not edit it or move its stock", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId, { initialStock: 3 }));
    expect((await asAdmin.listing.getForEdit({ id: m.id })).id).toBe(m.id);
    await expectTRPCError(asAdmin.listing.update({ id: m.id, priceCents: 1 }), "NOT_FOUND");
    await expectTRPCError(asAdmin.inventory.restock({ ...LOT, medicineId: m.id, quantity: 1 }), "NOT_FOUND");
    const archived = await asAdmin.listing.archive({ id: m.id });
    expect(archived.status).toBe("ARCHIVED");
    const history = await asAdmin.listing.history({ id: m.id });
    expect(history.items[0]).toMatchObject({
      action: "medicine.status_changed",
      actor: { id: adminId },
      before: { status: "ACTIVE" },
      after: { status: "ARCHIVED" },
    });
    expect((await asAdmin.inventory.movements({ medicineId: m.id })).items).toHaveLength(1);
  });
});

describe("archive / restore", () => {
  it("hides an archived listing from the storefront and brings it back on restore; repeats are no-ops", async () => {
    const anonymous = createCaller({ db: t.db, actor: null });
    const m = await asSeller.listing.create(listingInput(categoryId));
    await anonymous.medicine.bySlug({ slug: m.slug });
    await asSeller.listing.archive({ id: m.id });
    await asSeller.listing.archive({ id: m.id });
    await expectTRPCError(anonymous.medicine.bySlug({ slug: m.slug }), "NOT_FOUND");
    expect((await asSeller.listing.getForEdit({ id: m.id })).status).toBe("ARCHIVED");
    await asSeller.listing.restore({ id: m.id });
    await anonymous.medicine.bySlug({ slug: m.slug });
    const actions = (await auditRows(t.db, m.id)).map((a) => a.action);
    expect(actions).toEqual(["medicine.created", "medicine.status_changed", "medicine.status_changed"]);
  });
});

describe("listing.listMine and listing.history", () => {
  it("pages through the seller's own listings with status and search filters", async () => {
    const s = await createSeller(t.db);
    const caller = createCaller({ db: t.db, actor: s.actor });
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(await caller.listing.create(listingInput(categoryId, { name: `Listing ${i} ${s.user.id}` })));
    const special = await caller.listing.create(listingInput(categoryId, { name: "Rare Ointment", manufacturer: { name: "Oddly Named Co" } }));
    await caller.listing.archive({ id: made[0]!.id });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.listing.listMine({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set([...made.map((m) => m.id), special.id]));

    expect((await caller.listing.listMine({ status: "ARCHIVED" })).items.map((i) => i.id)).toEqual([made[0]!.id]);
    expect((await caller.listing.listMine({ search: "rare OINT" })).items.map((i) => i.id)).toEqual([special.id]);
    expect((await caller.listing.listMine({ search: "oddly named" })).items.map((i) => i.id)).toEqual([special.id]);
    await expectTRPCError(caller.listing.listMine({ sellerId: other.user.id } as never), "BAD_REQUEST");
  });

  it("history lists the audit trail newest first, keyset paginated", async () => {
    const m = await asSeller.listing.create(listingInput(categoryId, { initialStock: 10 }));
    await asSeller.listing.update({ id: m.id, priceCents: 100 });
    await asSeller.inventory.writeOff({ medicineId: m.id, quantity: 2, kind: "expiry" });
    await asSeller.listing.update({ id: m.id, priceCents: 200 });
    const first = await asSeller.listing.history({ id: m.id, limit: 3 });
    const second = await asSeller.listing.history({ id: m.id, limit: 3, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const actions = [...first.items, ...second.items].map((e) => e.action);
    expect(actions).toEqual([
      "medicine.updated",
      "medicine.stock_changed",
      "medicine.updated",
      "medicine.stock_changed",
      "medicine.created",
    ]);
    expect(first.items[0]).toMatchObject({ before: { priceCents: 100 }, after: { priceCents: 200 }, actor: { id: seller.user.id } });
  });
});
