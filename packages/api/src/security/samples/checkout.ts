import { NO_INPUT, type Samples } from "./types";

export const checkoutSamples: Samples = {
  "checkout.paymentMethods": NO_INPUT,
};
