import { z } from "zod";
import { OrderStatus } from "@healio/db/enums";

export const orderIdInput = z.strictObject({ id: z.string().min(1).max(64) });

const pageFields = {
  cursor: z.string().min(1).max(512).optional(),
  limit: z.number().int().min(1).max(50).default(20),
  status: z.enum(OrderStatus).optional(),
};

export const myOrdersInput = z.strictObject(pageFields).prefault({});
export type MyOrdersInput = z.output<typeof myOrdersInput>;

/** Seller queue and admin list: filter by status, search by order number ("HL-000123", "123"). */
export const orderQueueInput = z
  .strictObject({ ...pageFields, search: z.string().trim().max(40).optional() })
  .prefault({});
export type OrderQueueInput = z.output<typeof orderQueueInput>;

const note = z.string().trim().max(500).optional();

export const cancelOrderInput = z.strictObject({ id: z.string().min(1).max(64), note });
export type CancelOrderInput = z.output<typeof cancelOrderInput>;

export const updateOrderStatusInput = z.strictObject({
  id: z.string().min(1).max(64),
  status: z.enum(OrderStatus),
  note,
});
export type UpdateOrderStatusInput = z.output<typeof updateOrderStatusInput>;
