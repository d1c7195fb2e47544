import { toNextJsHandler } from "better-auth/next-js";
import { handleAuthRequest, rewriteAuthAlias } from "@healio/api";
import { getServerAuth } from "@/server/auth";
import { serveRest } from "@/server/rest";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Better-Auth, plus the original API's names inside /api/auth: /register and /login are
 * re-addressed to sign-up/email and sign-in/email (same body, same checks); /me is the REST
 * route of /api/users/me (logged by the REST handler). Better-Auth runs inside handleAuthRequest:
 * request ids in logs and answers, 503 + Retry-After when the database cannot be used.
 * Resolved per request so the build never needs a database.
 */
async function handle(request: Request): Promise<Response> {
  if (new URL(request.url).pathname.replace(/\/+$/, "") === "/api/auth/me") return serveRest(request);
  return handleAuthRequest(request, async (req) => getServerAuth().handler((await rewriteAuthAlias(req)) ?? req));
}

export const { GET, POST } = toNextJsHandler(handle);
