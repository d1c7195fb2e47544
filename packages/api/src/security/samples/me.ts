import { NO_INPUT, type Samples } from "./types";

export const meSamples: Samples = {
  "me.get": NO_INPUT,
  "me.update": { input: () => ({ name: "Renamed Person", phone: "+1 555 0199" }) },
};
