import { ANYONE, type PolicyEntry } from "./types";

export const healthPolicy: PolicyEntry[] = [
  { path: "health.check", allow: ANYONE, ownership: "none", note: "liveness and database reachability (ok, degraded when the pool is saturated); no data beyond status/time" },
];
