import { serveRest } from "@/server/rest";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /health of the original API: the health.check procedure through the REST adapter.
export { serveRest as GET };
