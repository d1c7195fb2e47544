import { handlePrescriptionDownload } from "@healio/api";
import { getDb } from "@healio/db";
import { resolveActor } from "@/server/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A prescription file, as a download, for its customer, the order's seller and admins (others 404). */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return handlePrescriptionDownload(req, id, { db: getDb(), resolveActor });
}
