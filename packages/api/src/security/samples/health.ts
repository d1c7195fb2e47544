import { NO_INPUT, type Samples } from "./types";

export const healthSamples: Samples = {
  "health.check": NO_INPUT,
};
