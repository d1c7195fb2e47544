import { unique } from "../../testing/factories";
import { NO_INPUT, type Samples } from "./types";

export const categorySamples: Samples = {
  "category.tree": NO_INPUT,
  "category.breadcrumbs": { input: (w) => ({ slug: w.subcategory.slug }) },
  "category.bySlug": { input: (w) => ({ slug: w.category.slug }) },
  "category.create": { input: (w) => ({ name: `Sample ${unique("cat")}`, parentId: w.category.id }) },
  "category.rename": { input: (w) => ({ id: w.subcategory.id, name: "Renamed category" }) },
  "category.move": { input: (w) => ({ id: w.subcategory.id, parentId: null }) },
  // The subcategory holds the world's medicines: they move to its parent.
  "category.delete": { input: (w) => ({ id: w.subcategory.id, reassignTo: w.category.id }) },
};
