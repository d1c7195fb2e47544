import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, type DbOrTx } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { createCustomer, createShop } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { previewCart } from "./get-cart";

let t: TestDatabase;
let shop: Awaited<ReturnType<typeof createShop>>;
beforeAll(async () => {
  t = await createTestDatabase();
  shop = await createShop(t.db, { storeName: "Merge Pharmacy" });
});
afterAll(async () => {
  await t?.drop();
});

const quantities = (lines: { medicineId: string; quantity: number }[]) => lines.map((l) => [l.medicineId, l.quantity]);

describe("cart.merge", () => {
  it("sums quantities (capped at 99) and reports unknown and archived ids instead of failing", async () => {
    const a = await shop.medicine();
    const b = await shop.medicine();
    const archived = await shop.medicine({ status: "ARCHIVED" });
    const { caller } = await createCustomer(t.db);
    await caller.cart.add({ medicineId: a.id, quantity: 90 });

    const result = await caller.cart.merge({
      mergeKey: "local-cart-1",
      lines: [
        { medicineId: a.id, quantity: 20 },
        { medicineId: b.id, quantity: 2 },
        { medicineId: b.id, quantity: 3 },
        { medicineId: archived.id, quantity: 1 },
        { medicineId: "does-not-exist", quantity: 1 },
      ],
    });
    expect(quantities(result.cart.lines)).toEqual([
      [a.id, 99],
      [b.id, 5],
    ]);
    expect(result.skipped).toEqual([
      { medicineId: archived.id, reason: "inactive" },
      { medicineId: "does-not-exist", reason: "not_found" },
    ]);
    expect((await caller.cart.merge({ mergeKey: "local-cart-2", lines: [] })).cart.lines).toHaveLength(2);
    await expectTRPCError(caller.cart.merge({ mergeKey: "local-cart-3", lines: [{ medicineId: a.id, quantity: 0 }] }), "BAD_REQUEST");
    await expectTRPCError(caller.cart.merge({ mergeKey: "bad key!", lines: [] }), "BAD_REQUEST");
  });

  it("replaying a merge with the same key adds nothing and answers like the first one", async () => {
    const a = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    const input = { mergeKey: "replayed-merge", lines: [{ medicineId: a.id, quantity: 2 }, { medicineId: "gone-id", quantity: 1 }] };

    const first = await caller.cart.merge(input);
    const replay = await caller.cart.merge(input);
    expect(quantities(replay.cart.lines)).toEqual([[a.id, 2]]);
    expect(replay.skipped).toEqual(first.skipped);

    // A new local cart (new key) with the same line does add again, like adding it again would.
    expect(quantities((await caller.cart.merge({ ...input, mergeKey: "second-local-cart" })).cart.lines)).toEqual([[a.id, 4]]);
  });

  it("concurrent replays of one merge apply it exactly once", async () => {
    const a = await shop.medicine();
    const { actor } = await createCustomer(t.db);
    const pool: Db = createDb({ url: t.url, max: 8 });
    try {
      const caller = createCaller({ db: pool, actor });
      const input = { mergeKey: "two-tabs-merge", lines: [{ medicineId: a.id, quantity: 3 }] };
      await Promise.all(Array.from({ length: 8 }, () => caller.cart.merge(input)));
      expect(quantities((await caller.cart.get()).lines)).toEqual([[a.id, 3]]);
    } finally {
      await pool.$disconnect();
    }
  });

  it("the same key with different lines is a conflict and changes nothing", async () => {
    const a = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    await caller.cart.merge({ mergeKey: "conflicting-key", lines: [{ medicineId: a.id, quantity: 1 }] });
    const refused = await expectTRPCError(
      caller.cart.merge({ mergeKey: "conflicting-key", lines: [{ medicineId: a.id, quantity: 5 }] }),
      "CONFLICT",
    );
    expect(refused.message).toMatch(/already merged/);
    expect(quantities((await caller.cart.get()).lines)).toEqual([[a.id, 1]]);
  });
});

describe("cart.preview", () => {
  it("prices a visitor's lines like the server cart prices the same lines", async () => {
    const a = await shop.medicine({ priceCents: 1250, stock: 3 });
    const b = await shop.medicine({ priceCents: 400 });
    const archived = await shop.medicine({ status: "ARCHIVED" });
    const lines = [
      { medicineId: a.id, quantity: 5 },
      { medicineId: b.id, quantity: 2 },
      { medicineId: archived.id, quantity: 1 },
      { medicineId: "no-such-medicine", quantity: 1 },
    ];
    const visitor = createCaller({ db: t.db, actor: null });
    const preview = await visitor.cart.preview({ lines });

    const { caller } = await createCustomer(t.db);
    await caller.cart.merge({ mergeKey: "same-lines-merge", lines: lines.slice(0, 2) });
    await t.db.cartItem.create({ data: { userId: (await caller.me.get()).id, medicineId: archived.id, quantity: 1 } });
    const server = await caller.cart.get();

    expect(preview.missing).toEqual(["no-such-medicine"]);
    // Same lines, prices, problems and totals (the server cart orders lines by when they were added).
    const byId = (lines: typeof server.lines) => [...lines].sort((x, y) => x.medicineId.localeCompare(y.medicineId));
    expect({ ...preview.cart, lines: byId(preview.cart.lines) }).toEqual({ ...server, lines: byId(server.lines) });
    // The preview keeps the visitor's order.
    expect(preview.cart.lines.map((l) => l.medicineId)).toEqual([a.id, b.id, archived.id]);
    expect(preview.cart.lines.map((l) => l.problem)).toEqual([
      { kind: "insufficient_stock", available: 3 },
      null,
      { kind: "inactive" },
    ]);
    expect(preview.cart.canCheckout).toBe(false);
  });

  it("is one SQL statement whatever the number of lines", async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, async () => (await shop.medicine()).id));
    let statements = 0;
    const counted = t.db.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements += 1;
          return query(args);
        },
      },
    }) as unknown as DbOrTx;

    for (const n of [1, 12]) {
      statements = 0;
      const { cart } = await previewCart(counted, ids.slice(0, n).map((medicineId) => ({ medicineId, quantity: 1 })));
      expect(cart.lines).toHaveLength(n);
      expect(statements).toBe(1);
    }
  });

  it("refuses malformed lines", async () => {
    const visitor = createCaller({ db: t.db, actor: null });
    await expectTRPCError(visitor.cart.preview({ lines: [{ medicineId: "x", quantity: 100 }] }), "BAD_REQUEST");
    await expectTRPCError(visitor.cart.preview({ lines: [{ medicineId: "x", quantity: 1, unitPriceCents: 1 }] } as never), "BAD_REQUEST");
  });
});
