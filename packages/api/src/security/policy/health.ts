import { ANYONE, type PolicyEntry } from "./types";

export const healthPolicy: PolicyEntry[] = [
  { path: "health.check", allow: ANYONE, ownership: "none", note: "liveness; no data beyond ok/time" },
];
