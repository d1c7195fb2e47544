import { serveRest } from "@/server/rest";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Every /api path not taken by a more specific route (/api/trpc, /api/auth, /api/docs): the REST
// routes of the original Healio API and /api/openapi.json.
export { serveRest as GET, serveRest as POST, serveRest as PUT, serveRest as PATCH, serveRest as DELETE };
