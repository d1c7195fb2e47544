import type { Samples } from "./types";

export const batchSamples: Samples = {
  "batch.list": { input: (w) => ({ medicineId: w.medicineA.id }), owner: "sellerA" },
  "batch.expiring": { input: () => ({ withinDays: 90 }), as: "sellerA" },
  "batch.quarantine": {
    input: async (w, db) => ({
      batchId: (await db.batch.findFirstOrThrow({ where: { medicineId: w.medicineA.id }, select: { id: true } })).id,
      quarantine: true,
      note: "temperature excursion in transit",
    }),
    owner: "sellerA",
  },
};
