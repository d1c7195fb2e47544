import type { Role } from "@healio/db";
import type { Auth } from "./create-auth";
import { isRoleName } from "./fields";

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

/**
 * The signed-in, non-banned user of a request, or null. Reads the session from the database every
 * time a session cookie (or Authorization header) is present; no query without one.
 */
export async function getActor(auth: Auth, headers: Headers): Promise<Actor | null> {
  if (!mayHaveSession(headers)) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  if (user.banned === true) return null;
  // Fail closed on a role the code does not know.
  if (!isRoleName(user.role)) return null;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
