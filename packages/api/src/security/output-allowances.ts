import type { OutputAllowance } from "./harness/output-scan";

/**
 * Response fields that legitimately show another person's e-mail or phone, per procedure and caller.
 * Everything else the output scan (authorization-matrix.test.ts) flags fails the suite. Reviewed by
 * security: add an entry only with a reason a user of that role needs the value.
 */
const SHIP = "a seller needs the shipping phone to deliver (cash on delivery); admins for support";
const SUPPORT = "admins see the customer account (name + e-mail) of an order, for support; sellers never do";

const PEOPLE = "the admin command center manages accounts: admins must see whom they block, approve or contact";

export const OUTPUT_ALLOWANCES: readonly OutputAllowance[] = [
  { path: "order.get", key: "phone", actors: ["sellerA", "admin"], why: SHIP },
  { path: "order.get", key: "email", actors: ["admin"], why: SUPPORT },
  { path: "order.updateStatus", key: "phone", actors: ["sellerA", "admin"], why: SHIP },
  { path: "order.updateStatus", key: "email", actors: ["admin"], why: SUPPORT },
  { path: "order.sellerQueue", key: "phone", actors: ["sellerA", "sellerB", "admin"], why: SHIP },
  { path: "order.adminList", key: "phone", actors: ["admin"], why: SHIP },
  { path: "order.adminList", key: "email", actors: ["admin"], why: SUPPORT },
  // The review returns the reviewed order (the same view as order.updateStatus).
  { path: "prescription.review", key: "phone", actors: ["sellerA", "admin"], why: SHIP },
  { path: "prescription.review", key: "email", actors: ["admin"], why: SUPPORT },
  // A recall page lists the customers who may hold a pack of the lot: admins contact them.
  { path: "recall.get", key: "email", actors: ["admin"], why: "admins contact every customer a recall reached (support)" },
  { path: "recall.close", key: "email", actors: ["admin"], why: "the closed recall's page, as recall.get" },
  { path: "people.list", key: "email", actors: ["admin"], why: PEOPLE },
  { path: "people.get", key: "email", actors: ["admin"], why: PEOPLE },
  { path: "people.get", key: "phone", actors: ["admin"], why: PEOPLE },
  { path: "people.get", key: "banReason", actors: ["admin"], why: "the admin who lifts a block must read why it was set" },
  { path: "people.get", key: "ipAddress", actors: ["admin"], why: "active sessions: admins judge account takeover by where sessions come from" },
  { path: "people.get", key: "userAgent", actors: ["admin"], why: "active sessions: admins judge account takeover by which devices are signed in" },
  { path: "sellers.list", key: "email", actors: ["admin"], why: PEOPLE },
  { path: "sellers.list", key: "phone", actors: ["admin"], why: PEOPLE },
];
