import { z } from "zod";

export type HashPassword = (password: string) => Promise<string>;

/** Same bounds as Better-Auth's defaults (minPasswordLength 8, maxPasswordLength 128). */
export const passwordSchema = z
  .string()
  .min(8, "password must be at least 8 characters")
  .max(128, "password must be at most 128 characters");

/**
 * Better-Auth's own scrypt hash, so seeded users sign in through the normal credential flow.
 * Imported lazily: only runs that actually create credential accounts pay for loading it.
 */
export const betterAuthHashPassword: HashPassword = async (password) => {
  const { hashPassword } = await import("better-auth/crypto");
  return hashPassword(password);
};
