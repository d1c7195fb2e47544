import { handlePrescriptionUpload } from "@healio/api";
import { getDb } from "@healio/db";
import { env } from "@/env";
import { resolveActor } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A customer's prescription upload: the body is the file (at most 10 MB, JPEG/PNG/PDF by its bytes). */
export function POST(req: Request): Promise<Response> {
  return handlePrescriptionUpload(req, { db: getDb(), resolveActor, trustedOrigins: [env.WEB_URL] });
}
