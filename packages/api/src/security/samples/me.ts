import { NO_INPUT, type Samples } from "./types";

export const meSamples: Samples = {
  "me.get": NO_INPUT,
};
