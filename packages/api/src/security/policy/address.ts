import { CUSTOMERS, type PolicyEntry } from "./types";

export const addressPolicy: PolicyEntry[] = [
  { path: "address.list", allow: CUSTOMERS, ownership: "none", note: "the caller's own address book" },
  { path: "address.create", allow: CUSTOMERS, ownership: "none", note: "owner = caller, never from input" },
  { path: "address.update", allow: CUSTOMERS, ownership: "owner" },
  { path: "address.delete", allow: CUSTOMERS, ownership: "owner" },
  { path: "address.setDefault", allow: CUSTOMERS, ownership: "owner" },
];
