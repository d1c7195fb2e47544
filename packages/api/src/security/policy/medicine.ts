import { ANYONE, type PolicyEntry } from "./types";

export const medicinePolicy: PolicyEntry[] = [
  { path: "medicine.list", allow: ANYONE, ownership: "none", note: "ACTIVE medicines only; rate-limited per IP when searching" },
  { path: "medicine.bySlug", allow: ANYONE, ownership: "none", note: "archived = NOT_FOUND" },
  { path: "medicine.byId", allow: ANYONE, ownership: "none", note: "same page by id (REST); archived = NOT_FOUND" },
  { path: "medicine.alsoSoldBy", allow: ANYONE, ownership: "none", note: "public listing data of other sellable listings" },
];
