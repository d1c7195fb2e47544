import { ANYONE, type PolicyEntry } from "./types";

export const checkoutPolicy: PolicyEntry[] = [
  { path: "checkout.paymentMethods", allow: ANYONE, ownership: "none", note: "static list" },
];
