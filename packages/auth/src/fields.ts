import type { DBFieldAttribute } from "better-auth/db";

/** Mirrors the Prisma enum Role; kept here so the browser client never imports @healio/db. */
export const ROLES = ["ADMIN", "SELLER", "CUSTOMER"] as const;
export type RoleName = (typeof ROLES)[number];

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * Extra columns of the `user` table (see packages/db/prisma/schema.prisma). None is accepted from
 * sign-up or update-user input: role and ban state change only through server-side services.
 */
export const userAdditionalFields = {
  // Stored as the Prisma enum Role; Better-Auth writes the plain string, which Postgres casts.
  role: { type: ["ADMIN", "SELLER", "CUSTOMER"], required: true, defaultValue: "CUSTOMER", input: false },
  phone: { type: "string", required: false, input: false },
  banned: { type: "boolean", required: true, defaultValue: false, input: false },
  banReason: { type: "string", required: false, input: false },
} satisfies Record<string, DBFieldAttribute>;
