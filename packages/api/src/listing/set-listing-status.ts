import type { Db, MedicineStatus } from "@healio/db";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { lockListing, requireApprovedSeller } from "./listing-access";
import { listingSelect, toListingView, type ListingView } from "./listing-view";

/**
 * Archive (owner or any ADMIN — moderation) or restore (owner only, with an APPROVED seller
 * profile, since it puts the listing back on sale). Archived listings disappear from the
 * storefront but keep their history and ledger. Idempotent: no change, no audit row.
 */
export async function setListingStatus(
  db: Db,
  actor: Actor,
  input: { id: string; status: MedicineStatus },
): Promise<ListingView> {
  return db.$transaction(async (tx) => {
    // Ownership first: someone else's id is NOT_FOUND whoever asks (admins included, for restore).
    await lockListing(tx, actor, input.id, input.status === "ARCHIVED" ? "ownerOrAdmin" : "owner");
    if (input.status === "ACTIVE") await requireApprovedSeller(tx, actor);
    const current = await tx.medicine.findUniqueOrThrow({ where: { id: input.id }, select: listingSelect });
    if (current.status === input.status) return toListingView(current);
    const updated = await tx.medicine.update({
      where: { id: input.id },
      data: { status: input.status },
      select: listingSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "medicine.status_changed",
      entityType: "Medicine",
      entityId: input.id,
      before: { status: current.status },
      after: { status: input.status },
    });
    return toListingView(updated);
  });
}
