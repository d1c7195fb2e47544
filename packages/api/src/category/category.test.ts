import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import type { CategoryNode } from "./category-tree";
import { createCategory, createMedicine, createSeller } from "../testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Test-friendly projection: names, counts and nesting only. */
type Shape = { name: string; count: number; children: Shape[] };
const shape = (nodes: CategoryNode[]): Shape[] =>
  nodes.map((n) => ({ name: n.name, count: n.medicineCount, children: shape(n.children) }));

describe("category.tree", () => {
  it("returns the nested tree with ACTIVE medicine counts that include descendants", async () => {
    const { user: seller } = await createSeller(t.db);
    // Medicines > Pain relief > Headache, Medicines > Pain relief > Migraine, Medicines > Vitamins;
    // Devices (empty root).
    const medicines = await createCategory(t.db, { name: "Medicines" });
    const pain = await createCategory(t.db, { name: "Pain relief", parentId: medicines.id });
    const headache = await createCategory(t.db, { name: "Headache", parentId: pain.id });
    const migraine = await createCategory(t.db, { name: "Migraine", parentId: pain.id });
    const vitamins = await createCategory(t.db, { name: "Vitamins", parentId: medicines.id });
    await createCategory(t.db, { name: "Devices" });

    const add = (categoryId: string, n: number, status: "ACTIVE" | "ARCHIVED" = "ACTIVE") =>
      Promise.all(Array.from({ length: n }, () => createMedicine(t.db, { sellerId: seller.id, categoryId, status })));
    await add(medicines.id, 1);
    await add(pain.id, 1);
    await add(headache.id, 2);
    await add(headache.id, 3, "ARCHIVED");
    await add(migraine.id, 1);
    await add(vitamins.id, 4);
    await add(vitamins.id, 1, "ARCHIVED");

    const tree = await createCaller({ db: t.db, actor: null }).category.tree();

    expect(shape(tree)).toEqual([
      { name: "Devices", count: 0, children: [] },
      {
        name: "Medicines",
        count: 9,
        children: [
          {
            name: "Pain relief",
            count: 4,
            children: [
              { name: "Headache", count: 2, children: [] },
              { name: "Migraine", count: 1, children: [] },
            ],
          },
          { name: "Vitamins", count: 4, children: [] },
        ],
      },
    ]);
    const painNode = tree[1]?.children[0];
    expect(painNode).toMatchObject({ id: pain.id, slug: pain.slug, parentId: medicines.id });
    expect(tree[1]).toMatchObject({ id: medicines.id, parentId: null });
  });
});
