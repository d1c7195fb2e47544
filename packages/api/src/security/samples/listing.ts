import type { Samples } from "./types";

export const listingSamples: Samples = {
  "listing.create": {
    input: (w) => ({
      name: "Sample Paracetamol",
      genericName: "paracetamol",
      strength: "500 mg",
      dosageForm: "tablet",
      packSize: "20 tablets",
      priceCents: 1299,
      categoryId: w.subcategory.id,
      manufacturer: { id: w.manufacturer.id },
      initialStock: 5,
    }),
    as: "sellerA",
  },
  "listing.update": { input: (w) => ({ id: w.medicineA.id, name: "Renamed medicine" }), owner: "sellerA" },
  "listing.archive": { input: (w) => ({ id: w.medicineA.id }), owner: "sellerA" },
  "listing.restore": { input: (w) => ({ id: w.archivedMedicineA.id }), owner: "sellerA" },
  "listing.getForEdit": { input: (w) => ({ id: w.medicineA.id }), owner: "sellerA" },
  "listing.listMine": { input: () => ({}), as: "sellerA" },
  "listing.history": { input: (w) => ({ id: w.medicineA.id }), owner: "sellerA" },
};
