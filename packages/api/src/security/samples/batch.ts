import type { Samples } from "./types";

export const batchSamples: Samples = {
  "batch.list": { input: (w) => ({ medicineId: w.medicineA.id }), owner: "sellerA" },
  "batch.expiring": { input: () => ({ withinDays: 90 }), as: "sellerA" },
};
