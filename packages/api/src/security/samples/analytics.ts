import type { Samples } from "./types";

export const analyticsSamples: Samples = {
  "analytics.marketplace": { input: () => ({ preset: "30d", basis: "booked" }) },
  "analytics.seller": {
    input: (w) => ({ preset: "7d", sellerId: w.people.sellerA.id }),
    owner: "sellerA",
  },
};
