import type { Role } from "@healio/db";
import type { Auth } from "./create-auth";
import { sessionDatabases } from "./create-auth";
import { isRoleName } from "./fields";
import { lookupSession, type SessionLookupConfig } from "./session-lookup";

/** Who is calling, as services see it. */
export interface Actor {
  userId: string;
  role: Role;
  email: string;
  name: string;
}

/**
 * Whether a request could carry a session at all: Better-Auth's session cookie (plain or
 * `__Secure-` prefixed) or an Authorization header (bearer tokens). Anonymous catalogue traffic,
 * most of all requests, then skips the session look-up entirely.
 */
export function mayHaveSession(headers: Headers): boolean {
  return (headers.get("cookie")?.includes("better-auth.session_token=") ?? false) || headers.has("authorization");
}

/** Better-Auth's own settings for the fast session read, once per instance (null: never use it). */
const configs = new WeakMap<Auth, Promise<SessionLookupConfig | null>>();
function lookupConfig(auth: Auth): Promise<SessionLookupConfig | null> {
  let config = configs.get(auth);
  if (!config) {
    config = auth.$context.then((ctx) => {
      const db = sessionDatabases.get(auth);
      // Only the configuration this package creates: database sessions, no cookie cache.
      if (!db || ctx.options.session?.cookieCache?.enabled || (ctx.options as { secondaryStorage?: unknown }).secondaryStorage) return null;
      return {
        db,
        secret: ctx.secret,
        sessionCookieName: ctx.authCookies.sessionToken.name,
        dontRememberCookieName: ctx.authCookies.dontRememberToken.name,
        expiresIn: ctx.sessionConfig.expiresIn,
        updateAge: ctx.sessionConfig.updateAge,
      };
    });
    configs.set(auth, config);
  }
  return config;
}

/**
 * The signed-in, non-banned user of a request, or null. Reads the session from the database every
 * time a session cookie (or Authorization header) is present; no query without one. A valid
 * session cookie is read in one statement (session-lookup.ts); everything else goes through
 * Better-Auth's getSession.
 */
export async function getActor(auth: Auth, headers: Headers): Promise<Actor | null> {
  if (!mayHaveSession(headers)) return null;
  const config = await lookupConfig(auth);
  const fast = config ? await lookupSession(config, headers) : { kind: "fallback" as const };
  if (fast.kind === "none") return null;
  const user = fast.kind === "user" ? fast.user : (await auth.api.getSession({ headers }))?.user;
  if (!user) return null;
  if (user.banned === true) return null;
  // Fail closed on a role the code does not know.
  if (!isRoleName(user.role)) return null;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
