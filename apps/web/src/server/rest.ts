import "server-only";
import { handleRestRequest } from "@healio/api";
import { getDb } from "@healio/db";
import { env } from "@/env";
import { resolveActor } from "@/server/auth";

/**
 * The REST surface (packages/api/src/rest) with the same context as /api/trpc: actor from the
 * Better-Auth session cookie or `Authorization: Bearer`, the same trusted origins and limiter.
 */
export function serveRest(req: Request): Promise<Response> {
  return handleRestRequest(req, {
    db: getDb(),
    resolveActor,
    trustedOrigins: [env.WEB_URL, env.ADMIN_URL],
  });
}
