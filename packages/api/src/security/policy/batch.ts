import { SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

export const batchPolicy: PolicyEntry[] = [
  { path: "batch.list", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin", note: "lots of the caller's medicine; admins any" },
  {
    path: "batch.quarantine",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner",
    note: "the owning seller only (admins: NOT_FOUND); AVAILABLE <-> QUARANTINED, audited",
  },
  { path: "batch.expiring", allow: SELLERS_AND_ADMINS, ownership: "none", note: "sellerId = caller; admins see every seller's lots" },
];
