import { prescriptionDownloadRoute } from "@healio/client/server/prescription-route";
import { resolveActor } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = prescriptionDownloadRoute(resolveActor);
