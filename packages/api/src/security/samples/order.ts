import { unique } from "../../testing/factories";
import type { Samples } from "./types";

// Order A: customer A bought from seller A, PLACED (world.ts).
export const orderSamples: Samples = {
  "order.place": {
    // Buys customer A's server cart (medicine B) to customer A's saved address.
    input: (w) => ({
      idempotencyKey: unique("idem").replace(/[^A-Za-z0-9_-]/g, "").slice(-60),
      addressId: w.addressA.id,
      phone: "+1 555 0100",
      paymentMethod: "CASH_ON_DELIVERY",
    }),
    owner: "customerA",
  },
  "order.mine": { input: () => ({}) },
  "order.get": { input: (w) => ({ id: w.orderA.id }), owner: ["customerA", "sellerA"] },
  "order.cancel": { input: (w) => ({ id: w.orderA.id, note: "changed my mind" }), owner: "customerA" },
  "order.sellerQueue": { input: () => ({}), as: "sellerA" },
  "order.adminList": { input: () => ({}) },
  "order.updateStatus": { input: (w) => ({ id: w.orderA.id, status: "PROCESSING" }), owner: "sellerA" },
};
