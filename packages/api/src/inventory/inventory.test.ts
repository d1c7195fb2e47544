import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { auditRows, listingInput, medicineState, stockAndLedger } from "../testing/catalog";
import { expectTRPCError } from "../testing/expect";
import { createCategory, createSeller } from "../testing/factories";

/** A lot as printed on the pack (restock records one). */
const LOT = { lotNumber: "LOT-A1", expiresAt: new Date(Date.now() + 400 * 24 * 3600 * 1000) };

let t: TestDatabase;
let categoryId: string;
let seller: Awaited<ReturnType<typeof createSeller>>;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  t = await createTestDatabase();
  categoryId = (await createCategory(t.db)).id;
  seller = await createSeller(t.db);
  caller = createCaller({ db: t.db, actor: seller.actor });
});
afterAll(async () => {
  await t?.drop();
});

describe("inventory", () => {
  it("keeps Medicine.stock == SUM(ledger) through restock, corrections, write-offs and a refused write-off", async () => {
    const m = await caller.listing.create(listingInput(categoryId, { initialStock: 10 }));
    expect(await caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: 15, note: "PO-1" })).toMatchObject({
      stockBefore: 10,
      stockAfter: 25,
      reason: "RESTOCK",
    });
    await caller.inventory.correct({ medicineId: m.id, delta: -3, note: "shelf count" });
    await caller.inventory.correct({ medicineId: m.id, delta: 1, note: "found one" });
    await caller.inventory.writeOff({ medicineId: m.id, quantity: 4, kind: "damage" });
    await caller.inventory.writeOff({ medicineId: m.id, quantity: 2, kind: "expiry", note: "lot 7" });

    const before = await medicineState(t.db, m.id);
    const error = await expectTRPCError(caller.inventory.writeOff({ medicineId: m.id, quantity: 18, kind: "damage" }), "CONFLICT");
    expect(error.message).toBe("Not enough stock: 17 in stock, cannot remove 18.");
    expect((error.cause as { details?: unknown }).details).toEqual({ stock: 17, requested: -18 });
    await expectTRPCError(caller.inventory.correct({ medicineId: m.id, delta: -100, note: "typo" }), "CONFLICT");
    expect(await medicineState(t.db, m.id)).toEqual(before); // refused: nothing written

    expect(await stockAndLedger(t.db, m.id)).toEqual({ stock: 17, ledger: 17, batches: 17 });
    const movements = await t.db.stockMovement.findMany({ where: { medicineId: m.id }, orderBy: { createdAt: "asc" } });
    expect(movements.map((x) => [x.reason, x.delta, x.actorId])).toEqual([
      ["INITIAL", 10, seller.user.id],
      ["RESTOCK", 15, seller.user.id],
      ["CORRECTION", -3, seller.user.id],
      ["CORRECTION", 1, seller.user.id],
      ["WRITE_OFF_DAMAGE", -4, seller.user.id],
      ["WRITE_OFF_EXPIRY", -2, seller.user.id],
    ]);
    const stockAudits = (await auditRows(t.db, m.id)).filter((a) => a.action === "medicine.stock_changed");
    expect(stockAudits.map((a) => [(a.before as { stock: number }).stock, (a.after as { stock: number }).stock])).toEqual([
      [0, 10],
      [10, 25],
      [25, 22],
      [22, 23],
      [23, 19],
      [19, 17],
    ]);
    expect(stockAudits.every((a) => a.actorId === seller.user.id)).toBe(true);
  });

  it("never oversells under concurrent write-offs (conditional update)", async () => {
    const m = await caller.listing.create(listingInput(categoryId, { initialStock: 20 }));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => caller.inventory.writeOff({ medicineId: m.id, quantity: 3, kind: "damage" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
    expect(await stockAndLedger(t.db, m.id)).toEqual({ stock: 2, ledger: 2, batches: 2 });
  });

  it("validates movements strictly", async () => {
    const m = await caller.listing.create(listingInput(categoryId, { initialStock: 1 }));
    await expectTRPCError(caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: 0 }), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: 1.5 }), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: -5 }), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.correct({ medicineId: m.id, delta: 0, note: "zero" }), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.correct({ medicineId: m.id, delta: 2 } as never), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.writeOff({ medicineId: m.id, quantity: 1, kind: "theft" } as never), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: 1, reason: "ORDER" } as never), "BAD_REQUEST");
    await expectTRPCError(caller.inventory.restock({ ...LOT, medicineId: "missing", quantity: 1 }), "NOT_FOUND");
    expect(await stockAndLedger(t.db, m.id)).toEqual({ stock: 1, ledger: 1, batches: 1 });
  });

  it("lists the seller's low-stock ACTIVE listings, emptiest first, with an editable threshold", async () => {
    const s = await createSeller(t.db);
    const c = createCaller({ db: t.db, actor: s.actor });
    const plenty = await c.listing.create(listingInput(categoryId, { initialStock: 50 }));
    const low = await c.listing.create(listingInput(categoryId, { initialStock: 4, lowStockThreshold: 5 }));
    const empty = await c.listing.create(listingInput(categoryId, { initialStock: 0 }));
    const atThreshold = await c.listing.create(listingInput(categoryId, { initialStock: 10 }));
    const archived = await c.listing.create(listingInput(categoryId, { initialStock: 0 }));
    await c.listing.archive({ id: archived.id });

    const all = async () => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await c.inventory.lowStock({ limit: 1, ...(cursor ? { cursor } : {}) });
        ids.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await all()).toEqual([empty.id, low.id, atThreshold.id]);

    await c.listing.update({ id: plenty.id, lowStockThreshold: 60 });
    await c.listing.update({ id: atThreshold.id, lowStockThreshold: 9 });
    expect(await all()).toEqual([empty.id, low.id, plenty.id]);
    const view = await c.listing.getForEdit({ id: low.id });
    expect(view).toMatchObject({ isLowStock: true, stockState: { state: "low", count: 4 } });
    // The other seller's low stock never shows up.
    expect((await caller.inventory.lowStock()).items.map((i) => i.id)).not.toContain(empty.id);
  });

  it("lists a listing's ledger newest first with the actor", async () => {
    const m = await caller.listing.create(listingInput(categoryId, { initialStock: 5 }));
    await caller.inventory.restock({ ...LOT, medicineId: m.id, quantity: 2 });
    await caller.inventory.writeOff({ medicineId: m.id, quantity: 1, kind: "expiry" });
    const first = await caller.inventory.movements({ medicineId: m.id, limit: 2 });
    const rest = await caller.inventory.movements({ medicineId: m.id, limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((x) => x.reason)).toEqual(["WRITE_OFF_EXPIRY", "RESTOCK", "INITIAL"]);
    expect(first.items[0]?.actor).toEqual({ id: seller.user.id, name: seller.user.name });
    expect(rest.nextCursor).toBeNull();
  });
});
