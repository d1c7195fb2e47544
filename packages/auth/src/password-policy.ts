import { APIError } from "better-auth/api";
import { COMMON_PASSWORDS } from "./common-passwords";

export const COMMON_PASSWORD_MESSAGE = "This password is too common";

/** True for passwords on the shipped breached-password list (case-insensitive, surrounding spaces ignored). */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/** Where Better-Auth takes a new password, and the body field that carries it. */
const NEW_PASSWORD_FIELD: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
  "/set-password": "newPassword",
};

/**
 * Refuses a common password on sign-up, password reset and password change with BAD_REQUEST
 * (code PASSWORD_TOO_COMMON), before anything is written. Length (8..128) is Better-Auth's own
 * check (minPasswordLength / maxPasswordLength).
 */
export function refuseCommonPassword(path: string, body: unknown): void {
  const field = NEW_PASSWORD_FIELD[path];
  if (!field) return;
  const password = (body as Record<string, unknown> | undefined)?.[field];
  if (typeof password === "string" && isCommonPassword(password)) {
    throw new APIError("BAD_REQUEST", { message: COMMON_PASSWORD_MESSAGE, code: "PASSWORD_TOO_COMMON" });
  }
}
