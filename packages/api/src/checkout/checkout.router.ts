import { publicProcedure, router } from "../trpc";
import { paymentMethodsOutput } from "./checkout.schema";
import { listPaymentMethods } from "./payment-methods";

/** Checkout helpers; placing the order itself is `order.place`. */
export const checkoutRouter = router({
  paymentMethods: publicProcedure.output(paymentMethodsOutput).query(() => listPaymentMethods()),
});
