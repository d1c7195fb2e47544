import "server-only";
import { handleTrpcRequest, type ResolveActor } from "@healio/api";
import { getDb } from "@healio/db";
import { env } from "./env";

/** The /api/trpc route handler of either app; `resolveActor` reads that app's session cookie. */
export function trpcRouteHandler(resolveActor: ResolveActor) {
  return (req: Request): Promise<Response> =>
    handleTrpcRequest(req, {
      db: getDb(),
      resolveActor,
      // Pages of either app may call this API (CSRF defence: other origins' mutations get 403).
      trustedOrigins: [env.WEB_URL, env.ADMIN_URL],
      endpoint: "/api/trpc",
    });
}
