import type { Access } from "../../trpc";

/** Who can be calling: nobody signed in (or a banned user, whose session resolves to no actor), or a role. */
export type Principal = "anonymous" | "CUSTOMER" | "SELLER" | "ADMIN";
export const PRINCIPALS: readonly Principal[] = ["anonymous", "CUSTOMER", "SELLER", "ADMIN"];

/**
 * Whether the procedure acts on an object that belongs to someone:
 * - "none": no per-object ownership (public data, or data always scoped to the caller's own id).
 * - "owner": only the owner (customer of the order, seller of the medicine); anyone else gets
 *   NOT_FOUND, never FORBIDDEN, so the object's existence does not leak.
 * - "owner-or-admin": the owner or an ADMIN.
 */
export type Ownership = "none" | "owner" | "owner-or-admin";

export type PolicyEntry = {
  /** tRPC path, e.g. "medicine.list". */
  path: string;
  /** Must equal what the procedure's builder declares (meta.access), see ACCESS_ALLOWS. */
  allow: readonly Principal[];
  ownership: Ownership;
  /**
   * Roles the builder lets through but the service refuses with FORBIDDEN by a business rule
   * (e.g. admins moderate listings but cannot create them). Expected as FORBIDDEN by the matrix.
   */
  serviceRefuses?: readonly Principal[];
  note?: string;
};

/** What each procedure builder of trpc.ts lets through. */
export const ACCESS_ALLOWS: Record<Access, readonly Principal[]> = {
  public: ["anonymous", "CUSTOMER", "SELLER", "ADMIN"],
  authed: ["CUSTOMER", "SELLER", "ADMIN"],
  customer: ["CUSTOMER"],
  seller: ["SELLER", "ADMIN"],
  admin: ["ADMIN"],
};

// Shorthands for policy files.
export const ANYONE = ACCESS_ALLOWS.public;
export const SIGNED_IN = ACCESS_ALLOWS.authed;
export const CUSTOMERS = ACCESS_ALLOWS.customer;
export const SELLERS_AND_ADMINS = ACCESS_ALLOWS.seller;
export const ADMINS = ACCESS_ALLOWS.admin;
