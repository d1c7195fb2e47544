import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import type { PlaceOrderResult } from "../checkout/checkout.schema";
import { actorOf, createUser } from "../testing/factories";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { formatOrderNumber, parseOrderNumber } from "./order-number";

let t: TestDatabase;
let north: Awaited<ReturnType<typeof createShop>>;
let south: Awaited<ReturnType<typeof createShop>>;
let alice: Awaited<ReturnType<typeof createCustomer>>;
let bob: Awaited<ReturnType<typeof createCustomer>>;
let admin: ReturnType<typeof createCaller>;
let aliceCheckouts: PlaceOrderResult[];
let bobCheckout: PlaceOrderResult;

beforeAll(async () => {
  t = await createTestDatabase();
  north = await createShop(t.db, { storeName: "North" });
  south = await createShop(t.db, { storeName: "South" });
  alice = await createCustomer(t.db);
  bob = await createCustomer(t.db);
  admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  const n = await north.medicine({ stock: 100 });
  const s = await south.medicine({ stock: 100 });
  aliceCheckouts = [];
  for (let i = 0; i < 5; i += 1) {
    // Each of Alice's checkouts buys from both sellers: 10 orders, 5 per seller.
    aliceCheckouts.push(
      await alice.caller.order.place(placeInput({ lines: [{ medicineId: n.id, quantity: 1 }, { medicineId: s.id, quantity: i + 1 }] })),
    );
  }
  bobCheckout = await bob.caller.order.place(placeInput({ lines: [{ medicineId: n.id, quantity: 2 }] }));
});
afterAll(async () => {
  await t?.drop();
});

const ordersOf = (results: PlaceOrderResult[], sellerId?: string) =>
  results.flatMap((r) => r.orders).filter((o) => !sellerId || o.seller.id === sellerId);

describe("who sees which order", () => {
  it("order.get: own customer, own seller and admin see it; everybody else gets NOT_FOUND", async () => {
    const order = ordersOf(aliceCheckouts, north.user.id)[0]!;
    await expect(alice.caller.order.get({ id: order.id })).resolves.toMatchObject({ id: order.id });
    await expect(north.caller.order.get({ id: order.id })).resolves.toMatchObject({ id: order.id });
    await expect(admin.order.get({ id: order.id })).resolves.toMatchObject({ id: order.id });
    await expectTRPCError(bob.caller.order.get({ id: order.id }), "NOT_FOUND");
    await expectTRPCError(south.caller.order.get({ id: order.id }), "NOT_FOUND");
    await expectTRPCError(alice.caller.order.get({ id: "no-such-order" }), "NOT_FOUND");
    await expectTRPCError(createCaller({ db: t.db, actor: null }).order.get({ id: order.id }), "UNAUTHORIZED");
  });

  it("someone else's order cannot be cancelled or moved (NOT_FOUND), and nothing changes", async () => {
    const order = ordersOf(aliceCheckouts, north.user.id)[1]!;
    await expectTRPCError(bob.caller.order.cancel({ id: order.id }), "NOT_FOUND");
    await expectTRPCError(south.caller.order.updateStatus({ id: order.id, status: "PROCESSING" }), "NOT_FOUND");
    await expectTRPCError(north.caller.order.cancel({ id: order.id }), "FORBIDDEN"); // cancel is the customer's lever
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PLACED");
  });

  it("shows each role only what it needs: no seller e-mail to customers, no customer account to sellers", async () => {
    const order = ordersOf(aliceCheckouts, north.user.id)[0]!;
    const asCustomer = await alice.caller.order.get({ id: order.id });
    const asSeller = await north.caller.order.get({ id: order.id });
    const asAdmin = await admin.order.get({ id: order.id });

    expect(asCustomer.seller).toEqual({ id: north.user.id, storeName: "North" });
    expect(JSON.stringify(asCustomer)).not.toContain(north.user.email);
    expect(asCustomer.customer).toBeNull();

    // The seller ships it: shipping name, address and phone, but not the customer's account.
    expect(asSeller.shipping).toMatchObject({ name: "Ada Lovelace", line1: "12 Analytical Row", phone: "+1 555 010 0000" });
    expect(asSeller.customer).toBeNull();
    expect(JSON.stringify(asSeller)).not.toContain(alice.user.email);

    expect(asAdmin.customer).toEqual({ id: alice.user.id, name: alice.user.name, email: alice.user.email });
    expect(asCustomer.allowedNextStatuses).toEqual(["CANCELLED"]);
    expect(asSeller.allowedNextStatuses).toEqual(["PROCESSING", "CANCELLED"]);
  });
});

describe("order lists", () => {
  it("order.mine pages through the customer's own orders, newest first, exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await alice.caller.order.mine({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(ordersOf(aliceCheckouts).map((o) => o.id).sort());

    const firstPage = await alice.caller.order.mine();
    const times = firstPage.items.map((o) => o.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(firstPage.items[0]!.items[0]).toMatchObject({ name: expect.any(String), quantity: expect.any(Number), slug: expect.any(String) });

    expect((await bob.caller.order.mine()).items.map((o) => o.id)).toEqual(ordersOf([bobCheckout]).map((o) => o.id));
    await expectTRPCError(alice.caller.order.mine({ cursor: "garbage" }), "BAD_REQUEST");
    await expectTRPCError(north.caller.order.mine(), "FORBIDDEN");
  });

  it("order.sellerQueue: own orders only, filter by status, search by order number, keyset pages", async () => {
    const mine = ordersOf([...aliceCheckouts, bobCheckout], north.user.id);
    const queue = await north.caller.order.sellerQueue({ limit: 50 });
    expect(queue.items.map((o) => o.id).sort()).toEqual(mine.map((o) => o.id).sort());
    expect(queue.items.every((o) => o.seller.id === north.user.id && o.customer === null)).toBe(true);

    const target = mine[2]!;
    await north.caller.order.updateStatus({ id: target.id, status: "PROCESSING" });
    expect((await north.caller.order.sellerQueue({ status: "PROCESSING" })).items.map((o) => o.id)).toEqual([target.id]);

    for (const search of [target.orderNumber, String(target.number), `#${target.number}`, target.orderNumber.toLowerCase()]) {
      expect((await north.caller.order.sellerQueue({ search })).items.map((o) => o.id)).toEqual([target.id]);
    }
    const southOrder = ordersOf(aliceCheckouts, south.user.id)[0]!;
    expect((await north.caller.order.sellerQueue({ search: southOrder.orderNumber })).items).toEqual([]);
    expect((await north.caller.order.sellerQueue({ search: "aspirin" })).items).toEqual([]);

    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await north.caller.order.sellerQueue({ limit: 2, ...(cursor ? { cursor } : {}) });
      pages.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(queue.items.map((o) => o.id));

    await expectTRPCError(alice.caller.order.sellerQueue(), "FORBIDDEN");
  });

  it("order.adminList: every order with its customer; sellers and customers are FORBIDDEN", async () => {
    const all = await admin.order.adminList({ limit: 50 });
    expect(all.items).toHaveLength(ordersOf([...aliceCheckouts, bobCheckout]).length);
    expect(all.items.find((o) => o.customer?.id === bob.user.id)?.customer?.email).toBe(bob.user.email);
    const bobOrder = ordersOf([bobCheckout])[0]!;
    expect((await admin.order.adminList({ search: bobOrder.orderNumber })).items.map((o) => o.id)).toEqual([bobOrder.id]);
    await expectTRPCError(north.caller.order.adminList(), "FORBIDDEN");
    await expectTRPCError(alice.caller.order.adminList(), "FORBIDDEN");
  });
});

describe("order numbers", () => {
  it("format and parse", () => {
    expect(formatOrderNumber(123)).toBe("HL-000123");
    expect(formatOrderNumber(1234567)).toBe("HL-1234567");
    expect(["HL-000123", "hl000123", "#123", " 123 ", "HL-123"].map(parseOrderNumber)).toEqual([123, 123, 123, 123, 123]);
    expect(["", "HL-", "abc", "0", "HL-99999999999", "12a"].map(parseOrderNumber)).toEqual([null, null, null, null, null, null]);
  });
});
