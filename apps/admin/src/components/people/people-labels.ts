import type { BadgeTone } from "@healio/ui";

export const PERSON_STATE_LABEL: Record<string, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  blocked: { label: "Blocked", tone: "danger" },
  unverified: { label: "E-mail not verified", tone: "warning" },
};

export const ROLE_NAME: Record<string, string> = { ADMIN: "Admin", SELLER: "Seller", CUSTOMER: "Customer" };

/** A seller's live standing (catalog/sellable.ts) in words, with a tone for its badge. */
export const STANDING_LABEL: Record<string, { label: string; tone: BadgeTone }> = {
  SELLING: { label: "Selling", tone: "success" },
  PENDING: { label: "Awaiting approval", tone: "warning" },
  REJECTED: { label: "Rejected", tone: "neutral" },
  SUSPENDED: { label: "Suspended", tone: "danger" },
  LICENCE_EXPIRED: { label: "Licence expired", tone: "danger" },
  BLOCKED: { label: "Account blocked", tone: "danger" },
  NO_PROFILE: { label: "No profile", tone: "neutral" },
};
