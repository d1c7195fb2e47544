import { Prisma } from "@healio/db";
import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import type { ApplyToSellInput } from "./seller-application.schema";
import { getMyApplication, type MyApplication } from "./get-my-application";

function isLicenceTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes("licenceNumber");
}

/**
 * A signed-in customer applies to sell. A first application creates the PENDING profile; after a
 * rejection the same profile is resubmitted (back to PENDING with the new details). A pending,
 * approved or suspended pharmacy cannot apply again. The licence number is unique across Healio.
 */
export async function applyToSell(db: Db, actor: Actor, input: ApplyToSellInput): Promise<MyApplication> {
  try {
    await runTransaction(db, async (tx) => {
      const existing = await tx.$queryRaw<{ id: string; status: string }[]>`
        SELECT id, status::text AS status FROM "SellerProfile" WHERE "userId" = ${actor.userId} FOR UPDATE`;
      const current = existing[0];
      if (current && current.status !== "REJECTED") {
        const message =
          current.status === "PENDING"
            ? "Your application is already waiting for review."
            : "Your account already has a pharmacy on Healio.";
        throw new AppError("CONFLICT", message, { reason: "already_applied", status: current.status });
      }
      const fields = { ...input, status: "PENDING" as const, decisionReason: null, decidedAt: null, decidedById: null, appliedAt: new Date() };
      const profile = current
        ? await tx.sellerProfile.update({ where: { id: current.id }, data: fields })
        : await tx.sellerProfile.create({ data: { userId: actor.userId, ...fields } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: current ? "seller_application.resubmitted" : "seller_application.submitted",
        entityType: "SellerProfile",
        entityId: profile.id,
        before: current ? { status: current.status } : null,
        after: { ...input, licenceExpiresAt: input.licenceExpiresAt.toISOString(), status: "PENDING" },
      });
    });
  } catch (error) {
    if (isLicenceTaken(error)) {
      throw new AppError("CONFLICT", "This licence number is already registered on Healio.", {
        reason: "licence_taken",
        field: "licenceNumber",
      });
    }
    throw error;
  }
  const application = await getMyApplication(db, actor);
  if (!application) throw new AppError("CONFLICT", "The application could not be read back; try again.");
  return application;
}
