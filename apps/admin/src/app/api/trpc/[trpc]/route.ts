import { trpcRouteHandler } from "@healio/client/server/trpc-route";
import { resolveActor } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handler = trpcRouteHandler(resolveActor);

export { handler as GET, handler as POST };
