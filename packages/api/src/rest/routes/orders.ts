import { randomUUID } from "node:crypto";
import { z } from "zod";
import { OrderStatus } from "@healio/db";
import { queryCursor, queryEnum, queryInt, queryString } from "../query";
import type { RestRoute } from "../route";
import { restOrderCancelBody, restOrderStatusBody, restPlaceOrderBody } from "../schemas/bodies";
import { orderPageResponse, orderResponse, placedOrderResponse, sellerStatsResponse } from "../schemas/responses";

const idParam = z.object({ id: z.string().meta({ description: "Order id" }) });

const orderListQuery = z.object({
  status: z.enum(OrderStatus).optional(),
  search: z.string().optional().meta({ description: "Order number (sellers and admins)" }),
  page: z.string().regex(/^\d+$/).optional().meta({ description: "1 only; further pages follow nextCursor" }),
  cursor: z.string().optional(),
  limit: z.string().regex(/^\d+$/).optional().meta({ description: "1..50, default 20" }),
});

type PlaceOrderBody = z.output<typeof restPlaceOrderBody>;

export const orderRoutes: RestRoute[] = [
  {
    method: "POST",
    path: "/api/orders",
    procedure: "order.place",
    tag: "Orders",
    summary: "Place an order (customer)",
    description:
      "Prices, discounts and totals are computed by the server; a client-sent `totalPrice` is refused (400) and never charged. " +
      "Lines from several sellers become one order per seller, in one transaction. Retrying with the same " +
      "Idempotency-Key (header or body) returns the first result instead of ordering twice.",
    signedIn: true,
    body: restPlaceOrderBody,
    input: ({ body, headers }) => {
      const b = body as PlaceOrderBody;
      const phone = b.phone ?? b.address?.phone;
      return {
        idempotencyKey: b.idempotencyKey ?? headers.get("idempotency-key") ?? randomUUID(),
        lines: b.items,
        paymentMethod: b.paymentMethod ?? "CASH_ON_DELIVERY",
        ...(b.address ? { address: b.address } : {}),
        ...(b.addressId !== undefined ? { addressId: b.addressId } : {}),
        ...(phone !== undefined ? { phone } : {}),
        ...(b.expectedTotalCents !== undefined ? { expectedTotalCents: b.expectedTotalCents } : {}),
      };
    },
    response: placedOrderResponse,
    successStatus: 201,
  },
  {
    method: "GET",
    path: "/api/orders",
    procedure: { anonymous: "order.mine", CUSTOMER: "order.mine", SELLER: "order.sellerQueue", ADMIN: "order.adminList" },
    tag: "Orders",
    summary: "Orders: a customer's own, a seller's incoming, or all (admin)",
    signedIn: true,
    query: orderListQuery,
    input: ({ query }) => {
      const input: Record<string, unknown> = {};
      const status = queryEnum(query, "status", Object.values(OrderStatus));
      const limit = queryInt(query, "limit", 1, 50);
      const cursor = queryCursor(query);
      const search = queryString(query, "search");
      if (status) input.status = status;
      if (limit !== undefined) input.limit = limit;
      if (cursor) input.cursor = cursor;
      // Customers' own list has no search (order.mine is strict): sending it there is a 400.
      if (search) input.search = search;
      return input;
    },
    response: orderPageResponse,
  },
  {
    method: "GET",
    path: "/api/orders/seller/stats",
    procedure: "seller.dashboard",
    tag: "Orders",
    summary: "The seller's own numbers",
    signedIn: true,
    input: () => undefined,
    response: sellerStatsResponse,
  },
  {
    method: "GET",
    path: "/api/orders/{id}",
    procedure: "order.get",
    tag: "Orders",
    summary: "One order (its customer, its seller, or an admin)",
    signedIn: true,
    params: idParam,
    input: ({ params }) => ({ id: params.id }),
    response: orderResponse,
  },
  {
    method: "PATCH",
    path: "/api/orders/{id}/status",
    procedure: "order.updateStatus",
    tag: "Orders",
    summary: "Move an order along (its seller, or an admin)",
    description: "PLACED -> PROCESSING -> SHIPPED -> DELIVERED; cancelling restores stock. Other moves are 409.",
    signedIn: true,
    params: idParam,
    body: restOrderStatusBody,
    input: ({ params, body }) => ({ ...(body as object), id: params.id }),
    response: orderResponse,
  },
  {
    method: "PATCH",
    path: "/api/orders/{id}/cancel",
    procedure: "order.cancel",
    tag: "Orders",
    summary: "Cancel an order (its customer, while PLACED)",
    signedIn: true,
    params: idParam,
    body: restOrderCancelBody,
    input: ({ params, body }) => ({ ...(body as object), id: params.id }),
    response: orderResponse,
  },
];
