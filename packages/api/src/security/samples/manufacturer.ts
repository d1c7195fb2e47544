import type { Samples } from "./types";

export const manufacturerSamples: Samples = {
  "manufacturer.list": { input: (w) => ({ search: w.manufacturer.name.slice(0, 8), limit: 5 }) },
};
