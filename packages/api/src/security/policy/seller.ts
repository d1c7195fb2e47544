import { SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

export const sellerPolicy: PolicyEntry[] = [
  { path: "seller.dashboard", allow: SELLERS_AND_ADMINS, ownership: "none", note: "scoped to the caller's own id, also for admins" },
];
