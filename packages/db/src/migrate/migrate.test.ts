import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { applyMigrations, loadMigrations } from ".";

describe("migrations", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it("apply from empty: every committed migration is recorded and re-running applies nothing", async () => {
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      const recorded = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      );
      expect(recorded.rows.map((row) => row.migration_name)).toEqual(
        loadMigrations().migrationDirectories.map((dir) => dir.path),
      );
    } finally {
      await client.end();
    }
    expect(await applyMigrations(testDb.url)).toEqual([]);
  });

  it("CHECK constraints refuse negative stock and prices", async () => {
    const { db } = testDb;
    const seller = await db.user.create({ data: { id: "u-check", name: "S", email: "check@example.test", role: "SELLER" } });
    const category = await db.category.create({ data: { name: "C", slug: "c-check" } });
    const manufacturer = await db.manufacturer.create({ data: { name: "M", nameKey: "m-check" } });
    const base = {
      sellerId: seller.id, categoryId: category.id, manufacturerId: manufacturer.id, genericName: "g",
      strength: "1 mg", dosageForm: "Tablet", packSize: "10 tablets",
    };
    await expect(db.medicine.create({ data: { ...base, name: "n1", slug: "n1", priceCents: 100, stock: -1 } })).rejects.toThrow(/Medicine_stock_nonnegative/);
    await expect(db.medicine.create({ data: { ...base, name: "n2", slug: "n2", priceCents: -5, stock: 1 } })).rejects.toThrow(/Medicine_price_nonnegative/);
    const ok = await db.medicine.create({ data: { ...base, name: "n3", slug: "n3", priceCents: 100, stock: 1 } });
    await expect(db.medicine.update({ where: { id: ok.id }, data: { stock: { decrement: 2 } } })).rejects.toThrow(/Medicine_stock_nonnegative/);
    expect((await db.medicine.findUniqueOrThrow({ where: { id: ok.id } })).stock).toBe(1);
  });
});
