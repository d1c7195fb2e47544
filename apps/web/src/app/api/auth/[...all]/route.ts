import { toNextJsHandler } from "better-auth/next-js";
import { getServerAuth } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Resolved per request so the build never needs a database (see src/server/auth.ts).
export const { GET, POST } = toNextJsHandler((request: Request) => getServerAuth().handler(request));
