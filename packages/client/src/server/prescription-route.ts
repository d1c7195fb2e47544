import "server-only";
import { handlePrescriptionDownload, type ResolveActor } from "@healio/api";
import { getDb } from "@healio/db";

/**
 * GET /api/prescriptions/[id] of either app: the file, as a download, for its customer, the
 * order's seller and admins (others 404). `resolveActor` reads that app's session cookie.
 */
export function prescriptionDownloadRoute(resolveActor: ResolveActor) {
  return async (req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> => {
    const { id } = await ctx.params;
    return handlePrescriptionDownload(req, id, { db: getDb(), resolveActor });
  };
}
