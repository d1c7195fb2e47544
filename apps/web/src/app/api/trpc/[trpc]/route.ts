import { handleTrpcRequest } from "@healio/api";
import { getDb } from "@healio/db";
import { env } from "@/env";
import { resolveActor } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function handler(req: Request): Promise<Response> {
  return handleTrpcRequest(req, {
    db: getDb(),
    resolveActor,
    // Pages of either app may call this API (CSRF defence: other origins' mutations get 403).
    trustedOrigins: [env.WEB_URL, env.ADMIN_URL],
    endpoint: "/api/trpc",
  });
}

export { handler as GET, handler as POST };
