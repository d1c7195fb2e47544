import { createAuth, getActor, type Actor } from "@healio/auth";
import type { Db } from "@healio/db";
import { unique } from "../../testing/factories";

/**
 * A real Better-Auth user with a live session cookie, banned after signing in. `resolve()` does
 * what the HTTP layer does for every request (getActor from the cookie); for a banned user that
 * must be null, so the matrix calls procedures with exactly that.
 */
export async function createBannedCaller(db: Db): Promise<{ userId: string; resolve: () => Promise<Actor | null> }> {
  const auth = createAuth({
    db,
    mailer: { send: async () => {} },
    baseURL: "http://localhost:3000",
    secret: "security-matrix-secret-0123456789-abcdefghij",
    trustedOrigins: [],
    rateLimit: { enabled: false },
  });
  const email = `${unique("banned")}@test.healio.local`;
  const { headers, response } = await auth.api.signUpEmail({
    body: { email, password: "matrix banned user pass", name: "Banned User" },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const cookieHeaders = new Headers({ cookie });
  if (!(await getActor(auth, cookieHeaders))) throw new Error("banned-user setup: the session did not resolve before the ban");
  await db.user.update({ where: { id: response.user.id }, data: { banned: true, banReason: "security matrix" } });
  return { userId: response.user.id, resolve: () => getActor(auth, cookieHeaders) };
}
