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

/** The signed-in, non-banned user of a request, or null. Reads the session from the database every time. */
export async function getActor(auth: Auth, headers: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  if (user.banned === true) return null;
  // Fail closed on a role the code does not know.
  if (!isRoleName(user.role)) return null;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
