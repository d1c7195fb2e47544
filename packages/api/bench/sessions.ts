import { createHmac } from "node:crypto";
import { sessionToken } from "./seed-sql";

/**
 * Better-Auth's session cookie: `<token>.<base64 HMAC-SHA256(token, secret)>`, URI-encoded (what
 * better-call's signCookieValue produces). Sent under both names: `__Secure-` is the one the apps
 * use in production (useSecureCookies), the plain one in development.
 */
export function sessionCookie(userId: string, secret: string): string {
  const token = sessionToken(userId);
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  const value = encodeURIComponent(`${token}.${signature}`);
  return `__Secure-better-auth.session_token=${value}; better-auth.session_token=${value}`;
}
