import { ADMINS, CUSTOMERS, SIGNED_IN, type PolicyEntry } from "./types";

export const sellersPolicy: PolicyEntry[] = [
  { path: "sellers.submitApplication", allow: CUSTOMERS, ownership: "none", note: "always the caller's own application" },
  { path: "sellers.myApplication", allow: SIGNED_IN, ownership: "none", note: "the caller's own profile only" },
  { path: "sellers.list", allow: ADMINS, ownership: "none", note: "applications and sellers by live standing" },
  { path: "sellers.approve", allow: ADMINS, ownership: "none", note: "PENDING -> APPROVED, role SELLER, mail" },
  { path: "sellers.reject", allow: ADMINS, ownership: "none", note: "PENDING -> REJECTED with a reason, mail" },
  { path: "sellers.suspend", allow: ADMINS, ownership: "none", note: "APPROVED -> SUSPENDED: listings leave the storefront at once" },
  { path: "sellers.reinstate", allow: ADMINS, ownership: "none", note: "SUSPENDED -> APPROVED" },
  { path: "sellers.renewLicence", allow: ADMINS, ownership: "none", note: "records a renewed licence expiry" },
];
