import { CUSTOMERS, SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

// Uploading and downloading files are route handlers (prescription-http.ts), tested in
// prescription/prescription-http.test.ts: owner, the order's seller and admins only (others 404).
export const prescriptionPolicy: PolicyEntry[] = [
  { path: "prescription.mine", allow: CUSTOMERS, ownership: "none", note: "the caller's own prescriptions" },
  {
    path: "prescription.review",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner-or-admin",
    note: "the order's seller (pharmacist) or an admin; only orders AWAITING_PRESCRIPTION; audited",
  },
];
