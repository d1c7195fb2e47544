import { ADMINS, SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

export const analyticsPolicy: PolicyEntry[] = [
  { path: "analytics.marketplace", allow: ADMINS, ownership: "none", note: "marketplace-wide aggregates" },
  {
    path: "analytics.seller",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner-or-admin",
    note: "a seller reads only their own figures (another sellerId is NOT_FOUND); an admin names any seller",
  },
];
