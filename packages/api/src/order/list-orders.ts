import type { DbOrTx, Prisma } from "@healio/db";
import type { Actor } from "../actor";
import { decodeOrderCursor, encodeOrderCursor, type OrderCursor } from "./cursor";
import { parseOrderNumber } from "./order-number";
import type { MyOrdersInput, OrderQueueInput } from "./order.schema";
import { adminOrderSelect, orderSelect, toOrderView, type OrderView } from "./order-view";
import type { OrderPerspective } from "./status-machine";

export type OrderPage = { items: OrderView[]; nextCursor: string | null };

const AWAITING: Prisma.OrderWhereInput = { status: "AWAITING_PRESCRIPTION" };
const NOT_AWAITING: Prisma.OrderWhereInput = { status: { not: "AWAITING_PRESCRIPTION" } };

const after = (c: OrderCursor): Prisma.OrderWhereInput => ({
  OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }],
});

/**
 * Newest first, keyset-paginated on (createdAt, id); fetches limit + 1 to know about a next page.
 * Staff queues (`reviewFirst`) list orders awaiting a prescription check before all others: two
 * keyset blocks, the cursor remembers which block it is in.
 */
async function listOrders(
  db: DbOrTx,
  scope: Prisma.OrderWhereInput,
  input: MyOrdersInput & { search?: string },
  perspective: OrderPerspective,
  reviewFirst = false,
): Promise<OrderPage> {
  const where: Prisma.OrderWhereInput[] = [scope];
  if (input.status) where.push({ status: input.status });
  if (input.search) {
    const number = parseOrderNumber(input.search);
    if (number === null) return { items: [], nextCursor: null };
    where.push({ number });
  }
  const cursor = input.cursor ? decodeOrderCursor(input.cursor) : null;
  const select = perspective === "admin" ? adminOrderSelect : orderSelect;
  const fetch = (extra: Prisma.OrderWhereInput[], take: number) =>
    db.order.findMany({ where: { AND: [...where, ...extra] }, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });

  const blocks = reviewFirst && !input.status;
  let rows: Awaited<ReturnType<typeof fetch>> = [];
  let reviewRows = 0;
  if (blocks && (!cursor || cursor.review)) {
    rows = await fetch([AWAITING, ...(cursor ? [after(cursor)] : [])], input.limit + 1);
    reviewRows = rows.length;
  }
  if (rows.length <= input.limit) {
    const rest = await fetch(
      [...(blocks ? [NOT_AWAITING] : []), ...(cursor && !(blocks && cursor.review) ? [after(cursor)] : [])],
      input.limit + 1 - rows.length,
    );
    rows = [...rows, ...rest];
  }
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toOrderView(row, perspective)),
    nextCursor: rows.length > input.limit && last ? encodeOrderCursor(last, blocks && page.length <= reviewRows) : null,
  };
}

/** The customer's own orders ("My orders"). */
export function listMyOrders(db: DbOrTx, actor: Actor, input: MyOrdersInput): Promise<OrderPage> {
  return listOrders(db, { customerId: actor.userId }, input, "customer");
}

/** The calling seller's own orders (also for an admin: their own seller orders, usually none), review first. */
export function listSellerOrders(db: DbOrTx, actor: Actor, input: OrderQueueInput): Promise<OrderPage> {
  return listOrders(db, { sellerId: actor.userId }, input, "seller", true);
}

/** Every order (admin), review first. */
export function listAllOrders(db: DbOrTx, _actor: Actor, input: OrderQueueInput): Promise<OrderPage> {
  return listOrders(db, {}, input, "admin", true);
}
