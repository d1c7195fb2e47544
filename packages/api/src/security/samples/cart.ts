import { NO_INPUT, type Samples } from "./types";

// Customer A's cart holds medicine B (world.ts).
export const cartSamples: Samples = {
  "cart.get": NO_INPUT,
  "cart.add": { input: (w) => ({ medicineId: w.medicineA.id, quantity: 1 }) },
  "cart.setQuantity": { input: (w) => ({ medicineId: w.medicineB.id, quantity: 2 }) },
  "cart.remove": { input: (w) => ({ medicineId: w.medicineB.id }) },
  "cart.clear": NO_INPUT,
  "cart.merge": { input: (w) => ({ mergeKey: "matrix-merge-key", lines: [{ medicineId: w.medicineA.id, quantity: 1 }] }) },
  "cart.reorder": { input: (w) => ({ orderId: w.orderA.id }), owner: "customerA" },
  "cart.preview": { input: (w) => ({ lines: [{ medicineId: w.medicineA.id, quantity: 1 }] }) },
};
