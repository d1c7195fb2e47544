import { ADMINS, ANYONE, CUSTOMERS, SELLERS_AND_ADMINS, type PolicyEntry } from "./types";

export const reviewPolicy: PolicyEntry[] = [
  { path: "review.list", allow: ANYONE, ownership: "none", note: "visible reviews of an active medicine; author shown as first name + initial" },
  { path: "review.eligibility", allow: CUSTOMERS, ownership: "none", note: "whether the caller may review; the caller's own review" },
  { path: "review.orderInvites", allow: CUSTOMERS, ownership: "owner", note: "items of the caller's own delivered order" },
  {
    path: "review.create",
    allow: CUSTOMERS,
    ownership: "owner",
    note: "only with a delivered order of the medicine (the purchase is the owned object: others get NOT_FOUND)",
  },
  { path: "review.update", allow: CUSTOMERS, ownership: "owner", note: "the author only" },
  { path: "review.delete", allow: CUSTOMERS, ownership: "owner", note: "the author only" },
  { path: "review.markHelpful", allow: CUSTOMERS, ownership: "none", note: "once per customer (primary key); not one's own review" },
  { path: "review.reply", allow: SELLERS_AND_ADMINS, ownership: "owner", note: "the medicine's seller, once per review" },
  { path: "review.sellerQueue", allow: SELLERS_AND_ADMINS, ownership: "none", note: "reviews of the caller's own medicines" },
  { path: "review.adminQueue", allow: ADMINS, ownership: "none", note: "all reviews, hidden included" },
  { path: "review.moderate", allow: ADMINS, ownership: "none", note: "hide / restore with a reason; audited" },
];
