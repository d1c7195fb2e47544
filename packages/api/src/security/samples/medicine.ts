import type { Samples } from "./types";

export const medicineSamples: Samples = {
  "medicine.list": { input: (w) => ({ search: "medicine", categorySlug: w.category.slug, limit: 5 }) },
  "medicine.bySlug": { input: (w) => ({ slug: w.medicineA.slug }) },
  "medicine.byId": { input: (w) => ({ id: w.medicineA.id }) },
  "medicine.alsoSoldBy": { input: (w) => ({ id: w.medicineA.id }) },
};
