import { inferAdditionalFields } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { userAdditionalFields } from "./fields";

/**
 * Browser client for the /api/auth routes of the current app (or of `baseURL`).
 * Knows the extra user fields, so `session.user.role` is typed.
 */
export function createHealioAuthClient(baseURL?: string) {
  return createAuthClient({
    ...(baseURL ? { baseURL } : {}),
    plugins: [inferAdditionalFields({ user: userAdditionalFields })],
  });
}

export type HealioAuthClient = ReturnType<typeof createHealioAuthClient>;
export { ROLES, isRoleName } from "./fields";
export type { RoleName } from "./fields";
export { externalSignInErrorMessage } from "./external-providers";
export type { ExternalProvider } from "./external-providers";
