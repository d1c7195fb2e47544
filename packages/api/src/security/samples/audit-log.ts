import { NO_INPUT, type Samples } from "./types";

export const auditLogSamples: Samples = {
  "auditLog.list": { input: (w) => ({ actor: w.people.sellerA.id, limit: 10 }) },
  "auditLog.facets": NO_INPUT,
};
