import { ADMINS, ANYONE, SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

export const salePolicy: PolicyEntry[] = [
  { path: "sale.strip", allow: ANYONE, ownership: "none", note: "live and upcoming flash sales with server time" },
  { path: "sale.bySlug", allow: ANYONE, ownership: "none", note: "one sale page: approved offers of active medicines" },
  { path: "sale.adminList", allow: ADMINS, ownership: "none", note: "all events with units sold and revenue" },
  { path: "sale.adminGet", allow: ADMINS, ownership: "none", note: "one event with every item and proposal" },
  { path: "sale.proposals", allow: ADMINS, ownership: "none", note: "sellers' proposals waiting for a decision" },
  { path: "sale.create", allow: ADMINS, ownership: "none", note: "audited" },
  { path: "sale.update", allow: ADMINS, ownership: "none", note: "until the event ends; audited" },
  { path: "sale.cancel", allow: ADMINS, ownership: "none", note: "stops the sale at once; audited" },
  { path: "sale.addItem", allow: ADMINS, ownership: "none", note: "sale price never above list price; audited" },
  { path: "sale.updateItem", allow: ADMINS, ownership: "none", note: "cap never below units sold; audited" },
  { path: "sale.removeItem", allow: ADMINS, ownership: "none", note: "only before any unit sold; audited" },
  { path: "sale.decide", allow: ADMINS, ownership: "none", note: "approve / decline a proposal; audited" },
  { path: "sale.openEvents", allow: SELLERS_AND_ADMINS, ownership: "none", note: "events still open to proposals" },
  { path: "sale.myItems", allow: SELLERS_AND_ADMINS, ownership: "none", note: "the caller's own medicines in events" },
  { path: "sale.propose", allow: SELLERS_AND_ADMINS, ownership: "owner", note: "the medicine's seller only; audited" },
];
