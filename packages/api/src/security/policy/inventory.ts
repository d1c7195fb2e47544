import { SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

const OWN_STOCK = "the owning seller only (admins: NOT_FOUND); ledger + audit row";

export const inventoryPolicy: PolicyEntry[] = [
  { path: "inventory.restock", allow: SELLERS_AND_ADMINS, ownership: "owner", note: OWN_STOCK },
  { path: "inventory.correct", allow: SELLERS_AND_ADMINS, ownership: "owner", note: OWN_STOCK },
  { path: "inventory.writeOff", allow: SELLERS_AND_ADMINS, ownership: "owner", note: OWN_STOCK },
  { path: "inventory.lowStock", allow: SELLERS_AND_ADMINS, ownership: "none", note: "sellerId = caller" },
  { path: "inventory.movements", allow: SELLERS_AND_ADMINS, ownership: "owner-or-admin" },
];
