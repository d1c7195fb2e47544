import type { DbOrTx, Prisma } from "@healio/db";
import type { Actor } from "../actor";
import { decodeOrderCursor, encodeOrderCursor } from "./cursor";
import { parseOrderNumber } from "./order-number";
import type { MyOrdersInput, OrderQueueInput } from "./order.schema";
import { adminOrderSelect, orderSelect, toOrderView, type OrderView } from "./order-view";
import type { OrderPerspective } from "./status-machine";

export type OrderPage = { items: OrderView[]; nextCursor: string | null };

/** Newest first, keyset-paginated on (createdAt, id); fetches limit + 1 to know about a next page. */
async function listOrders(
  db: DbOrTx,
  scope: Prisma.OrderWhereInput,
  input: MyOrdersInput & { search?: string },
  perspective: OrderPerspective,
): Promise<OrderPage> {
  const where: Prisma.OrderWhereInput[] = [scope];
  if (input.status) where.push({ status: input.status });
  if (input.search) {
    const number = parseOrderNumber(input.search);
    if (number === null) return { items: [], nextCursor: null };
    where.push({ number });
  }
  if (input.cursor) {
    const c = decodeOrderCursor(input.cursor);
    where.push({ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] });
  }
  const rows = await db.order.findMany({
    where: { AND: where },
    select: perspective === "admin" ? adminOrderSelect : orderSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toOrderView(row, perspective)),
    nextCursor: rows.length > input.limit && last ? encodeOrderCursor(last) : null,
  };
}

/** The customer's own orders ("My orders"). */
export function listMyOrders(db: DbOrTx, actor: Actor, input: MyOrdersInput): Promise<OrderPage> {
  return listOrders(db, { customerId: actor.userId }, input, "customer");
}

/** The calling seller's own orders (also for an admin: their own seller orders, usually none). */
export function listSellerOrders(db: DbOrTx, actor: Actor, input: OrderQueueInput): Promise<OrderPage> {
  return listOrders(db, { sellerId: actor.userId }, input, "seller");
}

/** Every order (admin). */
export function listAllOrders(db: DbOrTx, _actor: Actor, input: OrderQueueInput): Promise<OrderPage> {
  return listOrders(db, {}, input, "admin");
}
