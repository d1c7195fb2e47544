import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { expectTRPCError } from "../testing/expect";
import { actorOf, createMedicine, createSeller, createUser, unique } from "../testing/factories";

let t: TestDatabase;
let admin: ReturnType<typeof createCaller>;
let adminId: string;
let sellerId: string;
const anonymous = () => createCaller({ db: t.db, actor: null });

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { role: "ADMIN" });
  adminId = user.id;
  admin = createCaller({ db: t.db, actor: actorOf(user) });
  sellerId = (await createSeller(t.db)).user.id;
});
afterAll(async () => {
  await t?.drop();
});

/** root > a > b > c, plus a separate root `other`. Names unique per call. */
async function chain() {
  const tag = unique("t");
  const root = await admin.category.create({ name: `Root ${tag}` });
  const a = await admin.category.create({ name: `A ${tag}`, parentId: root.id });
  const b = await admin.category.create({ name: `B ${tag}`, parentId: a.id });
  const c = await admin.category.create({ name: `C ${tag}`, parentId: b.id });
  const other = await admin.category.create({ name: `Other ${tag}` });
  return { root, a, b, c, other };
}

const snapshot = () => t.db.category.findMany({ orderBy: { id: "asc" }, select: { id: true, parentId: true, name: true } });

describe("category admin", () => {
  it("creates with generated unique slugs, renames with audit", async () => {
    const first = await admin.category.create({ name: "Vitamins & Minerals" });
    const second = await admin.category.create({ name: "Vitamins  &  Minerals" });
    expect(first.slug).toBe("vitamins-minerals");
    expect(second.slug).toMatch(/^vitamins-minerals-[0-9a-f]{6}$/);
    expect(second.name).toBe("Vitamins & Minerals");
    await expectTRPCError(admin.category.create({ name: "Dup", slug: first.slug }), "CONFLICT");
    await expectTRPCError(admin.category.create({ name: "Orphan", parentId: "missing" }), "BAD_REQUEST");

    const renamed = await admin.category.rename({ id: first.id, name: "Vitamins" });
    expect(renamed).toMatchObject({ name: "Vitamins", slug: "vitamins-minerals" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: first.id, action: "category.renamed" } });
    expect(audit).toMatchObject({ actorId: adminId, before: { name: "Vitamins & Minerals" }, after: { name: "Vitamins" } });
  });

  it("moves a subtree; medicine listing by category follows the move (descendants included)", async () => {
    const { root, a, b, c, other } = await chain();
    const med = await createMedicine(t.db, { sellerId, categoryId: c.id });
    const list = (slug: string) => anonymous().medicine.list({ categorySlug: slug }).then((p) => p.items.map((i) => i.id));
    expect(await list(root.slug)).toEqual([med.id]);
    expect(await list(other.slug)).toEqual([]);

    const moved = await admin.category.move({ id: b.id, parentId: other.id });
    expect(moved.parentId).toBe(other.id);
    expect(await list(root.slug)).toEqual([]);
    expect(await list(a.slug)).toEqual([]);
    expect(await list(other.slug)).toEqual([med.id]);
    expect((await anonymous().category.breadcrumbs({ slug: c.slug })).map((x) => x.id)).toEqual([other.id, b.id, c.id]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: b.id, action: "category.moved" } });
    expect(audit).toMatchObject({ before: { parentId: a.id }, after: { parentId: other.id } });

    expect((await admin.category.move({ id: b.id, parentId: null })).parentId).toBeNull();
    expect((await anonymous().category.breadcrumbs({ slug: c.slug })).map((x) => x.id)).toEqual([b.id, c.id]);
  });

  it("refuses moving a category under itself or its own descendant (CONFLICT), changing nothing", async () => {
    const { root, a, c } = await chain();
    const before = await snapshot();
    await expectTRPCError(admin.category.move({ id: a.id, parentId: a.id }), "CONFLICT");
    await expectTRPCError(admin.category.move({ id: a.id, parentId: c.id }), "CONFLICT");
    await expectTRPCError(admin.category.move({ id: root.id, parentId: c.id }), "CONFLICT");
    await expectTRPCError(admin.category.move({ id: a.id, parentId: "missing" }), "BAD_REQUEST");
    await expectTRPCError(admin.category.move({ id: "missing", parentId: null }), "NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("never forms a cycle under concurrent crossing moves", async () => {
    const x = await admin.category.create({ name: unique("X") });
    const y = await admin.category.create({ name: unique("Y") });
    const results = await Promise.allSettled([
      admin.category.move({ id: x.id, parentId: y.id }),
      admin.category.move({ id: y.id, parentId: x.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await t.db.category.findMany({ where: { id: { in: [x.id, y.id] } } });
    expect(rows.filter((r) => r.parentId !== null)).toHaveLength(1);
  });

  it("refuses deleting a category with medicines or children unless reassignTo is given", async () => {
    const { root, a, b, other } = await chain();
    const onA = await createMedicine(t.db, { sellerId, categoryId: a.id });
    const archivedOnA = await createMedicine(t.db, { sellerId, categoryId: a.id, status: "ARCHIVED" });
    const before = await snapshot();
    const error = await expectTRPCError(admin.category.delete({ id: a.id }), "CONFLICT");
    expect((error.cause as { details?: unknown }).details).toEqual({ medicineCount: 2, childCount: 1 });
    await expectTRPCError(admin.category.delete({ id: root.id }), "CONFLICT"); // children only
    await expectTRPCError(admin.category.delete({ id: a.id, reassignTo: b.id }), "CONFLICT"); // own descendant
    await expectTRPCError(admin.category.delete({ id: a.id, reassignTo: a.id }), "CONFLICT");
    await expectTRPCError(admin.category.delete({ id: a.id, reassignTo: "missing" }), "BAD_REQUEST");
    expect(await snapshot()).toEqual(before);

    const result = await admin.category.delete({ id: a.id, reassignTo: other.id });
    expect(result).toEqual({ id: a.id, medicinesMoved: 2, childrenMoved: 1, reassignedTo: other.id });
    expect(await t.db.category.findUnique({ where: { id: a.id } })).toBeNull();
    expect((await t.db.category.findUniqueOrThrow({ where: { id: b.id } })).parentId).toBe(other.id);
    for (const m of [onA, archivedOnA]) {
      expect((await t.db.medicine.findUniqueOrThrow({ where: { id: m.id } })).categoryId).toBe(other.id);
      const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: m.id, action: "medicine.category_reassigned" } });
      expect(audit).toMatchObject({ actorId: adminId, before: { categoryId: a.id }, after: { categoryId: other.id } });
    }
    expect(await t.db.auditLog.count({ where: { entityId: b.id, action: "category.moved" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityId: a.id, action: "category.deleted" } })).toBe(1);
  });

  it("deletes an empty leaf", async () => {
    const { c } = await chain();
    await admin.category.delete({ id: c.id });
    expect(await t.db.category.findUnique({ where: { id: c.id } })).toBeNull();
    await expectTRPCError(admin.category.delete({ id: c.id }), "NOT_FOUND");
  });

  it("serves breadcrumbs and bySlug publicly; mutations are admin-only", async () => {
    const { root, a, b, c } = await chain();
    expect(await anonymous().category.breadcrumbs({ slug: b.slug })).toEqual([
      { id: root.id, name: root.name, slug: root.slug },
      { id: a.id, name: a.name, slug: a.slug },
      { id: b.id, name: b.name, slug: b.slug },
    ]);
    expect(await anonymous().category.bySlug({ slug: b.slug })).toEqual({
      id: b.id,
      name: b.name,
      slug: b.slug,
      parentId: a.id,
      breadcrumbs: [
        { id: root.id, name: root.name, slug: root.slug },
        { id: a.id, name: a.name, slug: a.slug },
        { id: b.id, name: b.name, slug: b.slug },
      ],
      children: [{ id: c.id, name: c.name, slug: c.slug }],
    });
    await expectTRPCError(anonymous().category.breadcrumbs({ slug: "nope" }), "NOT_FOUND");
    await expectTRPCError(anonymous().category.bySlug({ slug: "nope" }), "NOT_FOUND");

    const seller = await createSeller(t.db);
    const asSeller = createCaller({ db: t.db, actor: seller.actor });
    await expectTRPCError(asSeller.category.create({ name: "Nope" }), "FORBIDDEN");
    await expectTRPCError(asSeller.category.move({ id: a.id, parentId: null }), "FORBIDDEN");
    await expectTRPCError(anonymous().category.delete({ id: a.id }), "UNAUTHORIZED");
    await expectTRPCError(admin.category.create({ name: "X1", id: "chosen" } as never), "BAD_REQUEST");
  });
});
