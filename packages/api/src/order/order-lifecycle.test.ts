import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, type OrderStatus } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { actorOf, createUser } from "../testing/factories";
import { createCustomer, createShop, errorCode, errorDetails, placeInput, settle, stockStory } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { allowedTransitions } from "./status-machine";

let t: TestDatabase;
let pool: Db;
let shop: Awaited<ReturnType<typeof createShop>>;
let customer: Awaited<ReturnType<typeof createCustomer>>;
let admin: ReturnType<typeof createCaller>;
let medicineId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  pool = createDb({ url: t.url, max: 20 });
  shop = await createShop(t.db, { storeName: "Lifecycle Pharmacy" });
  customer = await createCustomer(t.db);
  admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  const m = await shop.medicine({ stock: 1000, priceCents: 1000 });
  medicineId = m.id;
});
afterAll(async () => {
  await pool?.$disconnect();
  await t?.drop();
});

const STATUSES: OrderStatus[] = ["PLACED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED"];

/** A real order (stock reserved through checkout), then put straight into `status` for the test. */
async function orderIn(status: OrderStatus, quantity = 1): Promise<string> {
  const result = await customer.caller.order.place(placeInput({ lines: [{ medicineId, quantity }] }));
  const id = result.orders[0]!.id;
  if (status !== "PLACED") await t.db.order.update({ where: { id }, data: { status } });
  return id;
}

type Role = "customer" | "seller" | "admin";
function move(role: Role, id: string, to: OrderStatus) {
  if (role === "customer") {
    // The customer's only lever is cancel; any other target is FORBIDDEN at the procedure level.
    return to === "CANCELLED" ? customer.caller.order.cancel({ id }) : customer.caller.order.updateStatus({ id, status: to });
  }
  return (role === "seller" ? shop.caller : admin).order.updateStatus({ id, status: to, note: `by ${role}` });
}

describe("order status machine", () => {
  it("documents the allowed transitions per role", () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, allowedTransitions(s, "seller")]))).toEqual({
      PLACED: ["PROCESSING", "CANCELLED"],
      PROCESSING: ["SHIPPED", "CANCELLED"],
      SHIPPED: ["DELIVERED"],
      DELIVERED: [],
      CANCELLED: [],
    });
    expect(STATUSES.map((s) => allowedTransitions(s, "admin"))).toEqual(STATUSES.map((s) => allowedTransitions(s, "seller")));
    expect(Object.fromEntries(STATUSES.map((s) => [s, allowedTransitions(s, "customer")]))).toEqual({
      PLACED: ["CANCELLED"],
      PROCESSING: [],
      SHIPPED: [],
      DELIVERED: [],
      CANCELLED: [],
    });
  });

  for (const role of ["customer", "seller", "admin"] as const) {
    for (const from of STATUSES) {
      it(`${role}: every transition from ${from}`, async () => {
        const allowed = allowedTransitions(from, role);
        const refusedOrder = await orderIn(from);
        for (const to of STATUSES.filter((s) => !allowed.includes(s))) {
          if (role === "customer" && to !== "CANCELLED") {
            await expectTRPCError(move(role, refusedOrder, to), "FORBIDDEN");
            continue;
          }
          const error = await expectTRPCError(move(role, refusedOrder, to), "CONFLICT");
          expect(errorDetails(error)).toEqual({ reason: "transition_refused", from, to, allowed });
        }
        expect((await t.db.order.findUniqueOrThrow({ where: { id: refusedOrder } })).status).toBe(from);
        expect(await t.db.orderStatusEvent.count({ where: { orderId: refusedOrder } })).toBe(1);

        for (const to of allowed) {
          const id = await orderIn(from);
          const detail = await move(role, id, to);
          expect(detail.status).toBe(to);
          expect(detail.allowedNextStatuses).toEqual(allowedTransitions(to, role));
          expect(detail.timeline.at(-1)).toMatchObject({ from, to, by: role });
          const audit = await t.db.auditLog.findFirst({ where: { entityId: id, action: "order.status_changed" } });
          expect(audit).toMatchObject({ before: { status: from }, after: { status: to, by: role } });
        }
      });
    }
  }

  it("a full journey leaves a timeline, audit rows and one mail per change for the customer", async () => {
    const id = await orderIn("PLACED");
    await shop.caller.order.updateStatus({ id, status: "PROCESSING" });
    await shop.caller.order.updateStatus({ id, status: "SHIPPED", note: "Tracking 1Z999" });
    await admin.order.updateStatus({ id, status: "DELIVERED" });

    const detail = await customer.caller.order.get({ id });
    expect(detail.timeline.map((e) => [e.from, e.to, e.by, e.note])).toEqual([
      [null, "PLACED", "customer", null],
      ["PLACED", "PROCESSING", "seller", null],
      ["PROCESSING", "SHIPPED", "seller", "Tracking 1Z999"],
      ["SHIPPED", "DELIVERED", "admin", null],
    ]);
    expect(detail.allowedNextStatuses).toEqual([]);
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "order.status_changed" } })).toBe(3);
    const mails = await t.db.emailOutbox.findMany({ where: { to: customer.user.email, subject: { contains: detail.orderNumber } } });
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        `Your order ${detail.orderNumber} has been delivered`,
        `Your order ${detail.orderNumber} has shipped`,
        `Your order ${detail.orderNumber} is being prepared`,
        // The confirmation of the checkout itself.
        `Your Healio order ${detail.orderNumber}`,
      ].sort(),
    );
    expect(mails.find((m) => m.subject.endsWith("has shipped"))!.text).toContain("Tracking 1Z999");
  });
});

describe("cancellation restores stock exactly once", () => {
  it("customer cancel: stock back through the ledger; a second cancel is CONFLICT and changes nothing", async () => {
    const before = await stockStory(t.db, medicineId);
    const id = await orderIn("PLACED", 3);
    expect((await stockStory(t.db, medicineId)).stock).toBe(before.stock - 3);

    const detail = await customer.caller.order.cancel({ id, note: "Ordered by mistake" });
    expect(detail.status).toBe("CANCELLED");
    expect(await stockStory(t.db, medicineId)).toEqual(before);
    expect(await t.db.stockMovement.findMany({ where: { orderId: id }, select: { delta: true, reason: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { delta: -3, reason: "ORDER" },
      { delta: 3, reason: "ORDER_CANCELLED" },
    ]);
    // The seller hears about it.
    expect(await t.db.emailOutbox.count({ where: { to: shop.user.email, subject: `Order ${detail.orderNumber} was cancelled by the customer` } })).toBe(1);

    const again = await expectTRPCError(customer.caller.order.cancel({ id }), "CONFLICT");
    expect(errorDetails(again)).toMatchObject({ from: "CANCELLED", allowed: [] });
    await expectTRPCError(shop.caller.order.updateStatus({ id, status: "CANCELLED" }), "CONFLICT");
    expect(await stockStory(t.db, medicineId)).toEqual(before);
  });

  it("seller cancels a PROCESSING order; admin cannot cancel a SHIPPED one", async () => {
    const before = await stockStory(t.db, medicineId);
    const processing = await orderIn("PROCESSING", 2);
    await shop.caller.order.updateStatus({ id: processing, status: "CANCELLED", note: "Damaged in storage" });
    expect(await stockStory(t.db, medicineId)).toEqual(before);

    const shipped = await orderIn("SHIPPED", 2);
    await expectTRPCError(admin.order.updateStatus({ id: shipped, status: "CANCELLED" }), "CONFLICT");
    expect((await stockStory(t.db, medicineId)).stock).toBe(before.stock - 2);
  });

  it("20 concurrent cancels (customer, seller, admin) of one order: one wins, stock restored once", async () => {
    const before = await stockStory(t.db, medicineId);
    const id = await orderIn("PLACED", 4);
    const adminActor = actorOf(await createUser(t.db, { role: "ADMIN" }));
    const viaCustomer = createCaller({ db: pool, actor: customer.actor });
    const viaSeller = createCaller({ db: pool, actor: shop.actor });
    const viaAdmin = createCaller({ db: pool, actor: adminActor });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        settle(
          i % 3 === 0
            ? viaCustomer.order.cancel({ id })
            : (i % 3 === 1 ? viaSeller : viaAdmin).order.updateStatus({ id, status: "CANCELLED" }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => (o.ok ? null : errorCode(o.error)))).toEqual(Array(19).fill("CONFLICT"));
    expect(await stockStory(t.db, medicineId)).toEqual(before);
    expect(await t.db.stockMovement.count({ where: { orderId: id, reason: "ORDER_CANCELLED" } })).toBe(1);
    expect(await t.db.orderStatusEvent.count({ where: { orderId: id, toStatus: "CANCELLED" } })).toBe(1);
  });
});
