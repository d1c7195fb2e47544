import { NO_INPUT, type Samples } from "./types";

export const adminSamples: Samples = {
  "admin.overview": NO_INPUT,
};
