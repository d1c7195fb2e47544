import { NO_INPUT, type Samples } from "./types";

export const addressSamples: Samples = {
  "address.list": NO_INPUT,
  "address.create": {
    input: () => ({ fullName: "Sam Sample", line1: "2 Sample Street", city: "Testville", postalCode: "12345", phone: "+1 555 0100" }),
  },
  "address.update": { input: (w) => ({ id: w.addressA.id, city: "Newtown" }), owner: "customerA" },
  "address.delete": { input: (w) => ({ id: w.addressA.id }), owner: "customerA" },
  "address.setDefault": { input: (w) => ({ id: w.addressA.id }), owner: "customerA" },
};
