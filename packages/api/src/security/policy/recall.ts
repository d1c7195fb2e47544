import { SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

const NO_UNDO = "audited; the lot stays RECALLED (no delete, no undo)";

export const recallPolicy: PolicyEntry[] = [
  {
    path: "recall.create",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner-or-admin",
    note: `a lot of the caller's medicine (admins: any); units blocked, customers mailed; ${NO_UNDO}`,
  },
  { path: "recall.list", allow: SELLERS_AND_ADMINS, ownership: "none", note: "sellerId = caller; admins all" },
  {
    path: "recall.get",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner-or-admin",
    note: "affected orders and customers; customer e-mails for admins only",
  },
  { path: "recall.close", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin", note: `with a note; ${NO_UNDO}` },
];
