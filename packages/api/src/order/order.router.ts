import { placeOrderInput } from "../checkout/checkout.schema";
import { placeOrder } from "../checkout/place-order";
import { adminProcedure, authedProcedure, customerProcedure, router, sellerProcedure } from "../trpc";
import { changeOrderStatus } from "./change-order-status";
import { getOrder } from "./get-order";
import { listAllOrders, listMyOrders, listSellerOrders } from "./list-orders";
import { cancelOrderInput, myOrdersInput, orderIdInput, orderQueueInput, updateOrderStatusInput } from "./order.schema";

export const orderRouter = router({
  place: customerProcedure.input(placeOrderInput).mutation(({ ctx, input }) => placeOrder(ctx.db, ctx.actor, input)),
  mine: customerProcedure.input(myOrdersInput).query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),
  get: authedProcedure.input(orderIdInput).query(({ ctx, input }) => getOrder(ctx.db, ctx.actor, input)),
  cancel: customerProcedure
    .input(cancelOrderInput)
    .mutation(({ ctx, input }) =>
      changeOrderStatus(ctx.db, ctx.actor, { id: input.id, status: "CANCELLED", note: input.note }, "customer"),
    ),
  sellerQueue: sellerProcedure.input(orderQueueInput).query(({ ctx, input }) => listSellerOrders(ctx.db, ctx.actor, input)),
  adminList: adminProcedure.input(orderQueueInput).query(({ ctx, input }) => listAllOrders(ctx.db, ctx.actor, input)),
  updateStatus: sellerProcedure
    .input(updateOrderStatusInput)
    .mutation(({ ctx, input }) => changeOrderStatus(ctx.db, ctx.actor, input, "staff")),
});
