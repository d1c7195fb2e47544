import { SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

const ADMINS_DO_NOT_OWN = "admins moderate listings but do not own them; approved sellers only";

export const listingPolicy: PolicyEntry[] = [
  { path: "listing.create", allow: SELLERS_AND_ADMINS, ownership: "none", serviceRefuses: ["ADMIN"], note: `sellerId = caller; ${ADMINS_DO_NOT_OWN}` },
  { path: "listing.update", allow: SELLERS_AND_ADMINS, ownership: "owner", note: "the owning seller only (admins: NOT_FOUND)" },
  { path: "listing.archive", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin", note: "admins may take any listing down" },
  { path: "listing.restore", allow: SELLERS_AND_ADMINS, ownership: "owner", note: "the owning, approved seller only (admins: NOT_FOUND)" },
  { path: "listing.getForEdit", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin" },
  { path: "listing.listMine", allow: SELLERS_AND_ADMINS, ownership: "none", note: "sellerId = caller" },
  { path: "listing.history", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin", note: "audit trail of one listing" },
];
