import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { actorOf, createUser } from "../testing/factories";
import { expectTRPCError } from "../testing/expect";
import { diffAuditSnapshots } from "./audit-diff";
import { recordAudit } from "./record-audit";
import { searchAuditLog } from "./search-audit-log";

let t: TestDatabase;
let admin: ReturnType<typeof createCaller>;
let adminActor: ReturnType<typeof actorOf>;
let alice: Awaited<ReturnType<typeof createUser>>;
let bob: Awaited<ReturnType<typeof createUser>>;

/** Writes an audit row as the services do, then dates it (createdAt is set at insert, never updated). */
async function audit(actorId: string | null, action: string, entityType: string, entityId: string, at: string, before?: object, after?: object) {
  await t.db.auditLog.create({
    data: { actorId, action, entityType, entityId, before: before ?? undefined, after: after ?? undefined, createdAt: new Date(at) },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  adminActor = actorOf(await createUser(t.db, { role: "ADMIN" }));
  admin = createCaller({ db: t.db, actor: adminActor });
  alice = await createUser(t.db, { role: "SELLER", name: "Alice Seller" });
  bob = await createUser(t.db, { role: "ADMIN", name: "Bob Admin" });
  await audit(alice.id, "medicine.price_changed", "Medicine", "med-1", "2026-03-01T10:00:00Z", { priceCents: 1000, name: "Ibuprofen" }, { priceCents: 900, name: "Ibuprofen" });
  await audit(alice.id, "medicine.stock_adjusted", "Medicine", "med-1", "2026-03-02T10:00:00Z", { stock: 5 }, { stock: 25, reason: "RESTOCK" });
  await audit(bob.id, "category.renamed", "Category", "cat-1", "2026-03-03T10:00:00Z", { name: "Pain" }, { name: "Pain relief" });
  await audit(bob.id, "user.blocked", "User", alice.id, "2026-03-04T23:30:00Z", undefined, { reason: "Licence expired" });
  await audit(null, "order.placed", "Order", "ord-1", "2026-03-05T04:30:00Z", undefined, { number: 7 });
});
afterAll(async () => {
  await t?.drop();
});

describe("auditLog.list", () => {
  it("lists newest first with the actor and a field-by-field diff", async () => {
    const page = await admin.auditLog.list({});
    expect(page.items.map((e) => e.action)).toEqual([
      "order.placed",
      "user.blocked",
      "category.renamed",
      "medicine.stock_adjusted",
      "medicine.price_changed",
    ]);
    expect(page.items[0]?.actor).toBeNull();
    const price = page.items[4]!;
    expect(price.actor).toEqual({ id: alice.id, name: "Alice Seller", role: "SELLER" });
    expect(price.createdAt.toISOString()).toBe("2026-03-01T10:00:00.000Z");
    expect(price.changes).toEqual([
      { field: "priceCents", kind: "changed", before: 1000, after: 900 },
      { field: "name", kind: "unchanged", before: "Ibuprofen", after: "Ibuprofen" },
    ]);
    expect(page.items[3]?.changes).toEqual([
      { field: "stock", kind: "changed", before: 5, after: 25 },
      { field: "reason", kind: "added", before: null, after: "RESTOCK" },
    ]);
  });

  it("filters by actor (id or e-mail), entity type, entity id, action and date", async () => {
    const actions = async (input: Parameters<typeof admin.auditLog.list>[0]) =>
      (await admin.auditLog.list(input)).items.map((e) => e.action);
    expect(await actions({ actor: alice.id })).toEqual(["medicine.stock_adjusted", "medicine.price_changed"]);
    expect(await actions({ actor: bob.email.toUpperCase() })).toEqual(["user.blocked", "category.renamed"]);
    expect(await actions({ entityType: "Medicine", entityId: "med-1" })).toEqual(["medicine.stock_adjusted", "medicine.price_changed"]);
    expect(await actions({ entityType: "User", entityId: alice.id })).toEqual(["user.blocked"]);
    expect(await actions({ action: "category.renamed" })).toEqual(["category.renamed"]);
    expect(await actions({ from: "2026-03-02", to: "2026-03-03" })).toEqual(["category.renamed", "medicine.stock_adjusted"]);
    expect(await actions({ actor: "nobody@example.com" })).toEqual([]);
    expect(await actions({ actor: bob.id, action: "medicine.price_changed" })).toEqual([]);
  });

  it("reads date filters as days of the store's time zone", async () => {
    const inNewYork = await searchAuditLog(t.db, adminActor, { from: "2026-03-04", to: "2026-03-04", limit: 10 }, { timeZone: "America/New_York" });
    // 23:30Z on Mar 4 is still Mar 4 in New York; 04:30Z on Mar 5 is 23:30 on Mar 4 there.
    expect(inNewYork.items.map((e) => e.action)).toEqual(["order.placed", "user.blocked"]);
    const inUtc = await searchAuditLog(t.db, adminActor, { from: "2026-03-04", to: "2026-03-04", limit: 10 }, { timeZone: "UTC" });
    expect(inUtc.items.map((e) => e.action)).toEqual(["user.blocked"]);
  });

  it("pages with a keyset cursor, also through rows sharing a timestamp", async () => {
    for (let i = 0; i < 5; i += 1) await audit(bob.id, "page.test", "Page", `p-${i}`, "2026-04-01T00:00:00Z");
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 5; n += 1) {
      const page = await admin.auditLog.list({ action: "page.test", limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.entityId));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect([...seen].sort()).toEqual(["p-0", "p-1", "p-2", "p-3", "p-4"]);
    expect(new Set(seen).size).toBe(5);
    await expectTRPCError(admin.auditLog.list({ cursor: "not-a-cursor" }), "BAD_REQUEST");
    await expectTRPCError(admin.auditLog.list({ from: "2026-03-05", to: "2026-03-01" }), "BAD_REQUEST");
  });

  it("offers the distinct entity types and actions as filter options", async () => {
    const facets = await admin.auditLog.facets();
    expect(facets.entityTypes).toEqual(expect.arrayContaining(["Category", "Medicine", "Order", "User"]));
    expect(facets.actions).toEqual(expect.arrayContaining(["category.renamed", "medicine.price_changed", "user.blocked"]));
    expect(new Set(facets.actions).size).toBe(facets.actions.length);
  });

  it("is for admins only", async () => {
    await expectTRPCError(createCaller({ db: t.db, actor: actorOf(alice) }).auditLog.list({}), "FORBIDDEN");
    await expectTRPCError(createCaller({ db: t.db, actor: null }).auditLog.list({}), "UNAUTHORIZED");
  });
});

describe("append-only AuditLog (database trigger)", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, from Prisma and from raw SQL", async () => {
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: "category.renamed" } });
    await expect(t.db.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditLog" SET "after" = '{}'::jsonb WHERE id = $1`, row.id)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorId" = NULL WHERE id = $1`, row.id)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    const after = await t.db.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toEqual(row);
    expect(await t.db.auditLog.count()).toBeGreaterThanOrEqual(10);
  });

  it("lets a hard-deleted user's rows keep everything but the actor link (ON DELETE SET NULL)", async () => {
    const gone = await createUser(t.db, { role: "ADMIN" });
    await recordAudit(t.db, { actorId: gone.id, action: "category.created", entityType: "Category", entityId: "cat-9", after: { name: "Vitamins" } });
    await t.db.user.delete({ where: { id: gone.id } });
    const row = await t.db.auditLog.findFirstOrThrow({ where: { entityId: "cat-9" } });
    expect(row).toMatchObject({ actorId: null, action: "category.created", after: { name: "Vitamins" } });
  });
});

describe("diffAuditSnapshots", () => {
  it("handles missing snapshots, removed fields and non-object values", () => {
    expect(diffAuditSnapshots(null, { a: 1 })).toEqual([{ field: "a", kind: "added", before: null, after: 1 }]);
    expect(diffAuditSnapshots({ c: 0, a: 1, b: [1, 2] }, { c: 0, b: [1, 3] })).toEqual([
      { field: "b", kind: "changed", before: [1, 2], after: [1, 3] },
      { field: "a", kind: "removed", before: 1, after: null },
      { field: "c", kind: "unchanged", before: 0, after: 0 },
    ]);
    expect(diffAuditSnapshots("ACTIVE", "ARCHIVED")).toEqual([{ field: "value", kind: "changed", before: "ACTIVE", after: "ARCHIVED" }]);
    expect(diffAuditSnapshots(null, null)).toEqual([]);
  });
});
