import { ANYONE, CUSTOMERS, type PolicyEntry } from "./types";

const own = "the caller's own cart; prices from the catalogue, never from input";

export const cartPolicy: PolicyEntry[] = [
  { path: "cart.get", allow: CUSTOMERS, ownership: "none", note: own },
  { path: "cart.add", allow: CUSTOMERS, ownership: "none", note: own },
  { path: "cart.setQuantity", allow: CUSTOMERS, ownership: "none", note: own },
  { path: "cart.remove", allow: CUSTOMERS, ownership: "none", note: own },
  { path: "cart.clear", allow: CUSTOMERS, ownership: "none", note: own },
  { path: "cart.merge", allow: CUSTOMERS, ownership: "none", note: `${own}; idempotent per merge key` },
  {
    path: "cart.reorder",
    allow: CUSTOMERS,
    ownership: "owner",
    note: "lines of the caller's own order into the caller's own cart; only sellable ones, the rest reported",
  },
  {
    path: "cart.preview",
    allow: ANYONE,
    ownership: "none",
    note: "prices lines the caller sends with catalogue prices; reads only public listing data",
  },
];
