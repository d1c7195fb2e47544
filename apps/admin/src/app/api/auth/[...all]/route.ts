import { toNextJsHandler } from "better-auth/next-js";
import { handleAuthRequest } from "@healio/api";
import { getServerAuth } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Resolved per request so the build never needs a database (see src/server/auth.ts).
// handleAuthRequest: request ids in logs and answers, 503 + Retry-After when the database cannot be used.
export const { GET, POST } = toNextJsHandler((request: Request) => handleAuthRequest(request, (req) => getServerAuth().handler(req)));
