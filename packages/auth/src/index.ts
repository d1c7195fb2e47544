export { createAuth, DEFAULT_RATE_LIMIT_RULES } from "./create-auth";
export type { Auth, Session, CreateAuthOptions, AuthRateLimitOptions, RateLimitRule, RateLimitedPath } from "./create-auth";
export { getActor } from "./actor";
export type { Actor } from "./actor";
export { getAuth } from "./get-auth";
export { getAuthEnv, parseAuthEnv, DEV_ONLY_INSECURE_SECRET } from "./env";
export type { AuthEnv } from "./env";
export { ROLES, isRoleName, userAdditionalFields } from "./fields";
export type { RoleName } from "./fields";
