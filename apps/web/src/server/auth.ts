import "server-only";
import { getActor, getAuth, type Auth } from "@healio/auth";
import { env } from "@/env";

/**
 * Better-Auth for the storefront origin (cookies, callback URLs and CSRF checks use WEB_URL).
 * A getter, not a module-level constant: building the instance needs DATABASE_URL, and
 * `next build` imports route modules without one. getAuth caches the instance per process.
 */
export function getServerAuth(): Auth {
  return getAuth({ baseURL: env.WEB_URL });
}

/** The signed-in, non-banned user of a request, or null. */
export function resolveActor(headers: Headers) {
  return getActor(getServerAuth(), headers);
}
