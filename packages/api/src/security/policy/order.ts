import { ADMINS, CUSTOMERS, SELLERS_AND_ADMINS, SIGNED_IN, type PolicyEntry } from "./types";

export const orderPolicy: PolicyEntry[] = [
  {
    path: "order.place",
    allow: CUSTOMERS,
    ownership: "owner",
    note: "a saved address must be the caller's own; totals computed server-side; rate-limited per user",
  },
  { path: "order.mine", allow: CUSTOMERS, ownership: "none", note: "the caller's own orders" },
  {
    path: "order.get",
    allow: SIGNED_IN,
    ownership: "owner-or-admin",
    note: "the order's customer or seller, or an admin; customer e-mail shown to admins only",
  },
  { path: "order.cancel", allow: CUSTOMERS, ownership: "owner", note: "the order's customer, while PLACED" },
  { path: "order.sellerQueue", allow: SELLERS_AND_ADMINS, ownership: "none", note: "orders where sellerId = caller" },
  { path: "order.adminList", allow: ADMINS, ownership: "none", note: "all orders" },
  {
    path: "order.updateStatus",
    allow: SELLERS_AND_ADMINS,
    ownership: "owner-or-admin",
    note: "the order's seller or an admin; transitions checked by the status machine",
  },
];
