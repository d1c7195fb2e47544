import { NO_INPUT, type Samples } from "./types";

export const sellerSamples: Samples = {
  "seller.dashboard": { ...NO_INPUT, as: "sellerA" },
};
