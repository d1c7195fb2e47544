import "server-only";
import { getActor, getAuth, type Auth } from "@healio/auth";
import { env } from "@/env";

/**
 * Better-Auth for the console origin (cookies, callback URLs and CSRF checks use ADMIN_URL).
 * A getter, not a module-level constant: building the instance needs DATABASE_URL, and
 * `next build` imports route modules without one. getAuth caches the instance per process.
 */
export function getServerAuth(): Auth {
  return getAuth({ baseURL: env.ADMIN_URL });
}

/** The signed-in, non-banned user of a request, or null. */
export function resolveActor(headers: Headers) {
  return getActor(getServerAuth(), headers);
}
