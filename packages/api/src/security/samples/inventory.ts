import type { Samples } from "./types";

export const inventorySamples: Samples = {
  "inventory.restock": { input: (w) => ({ medicineId: w.medicineA.id, quantity: 5, lotNumber: "SAMPLE-1", expiresAt: new Date(Date.UTC(2030, 0, 1)) }), owner: "sellerA" },
  "inventory.correct": { input: (w) => ({ medicineId: w.medicineA.id, delta: -1, note: "recount" }), owner: "sellerA" },
  "inventory.writeOff": { input: (w) => ({ medicineId: w.medicineA.id, quantity: 1, kind: "damage" }), owner: "sellerA" },
  "inventory.lowStock": { input: () => ({}), as: "sellerA" },
  "inventory.movements": { input: (w) => ({ medicineId: w.medicineA.id }), owner: "sellerA" },
};
