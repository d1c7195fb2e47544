import type { DbOrTx, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { SELLER_STANDING_MESSAGES, sellerStanding } from "../catalog/sellable";

export const MEDICINE_NOT_FOUND = "Medicine not found.";

/**
 * Ownership lives here, next to the data. `owner`: only the seller who owns the listing.
 * `ownerOrAdmin`: the owner, or any ADMIN (reading, archiving). Anything else is NOT_FOUND —
 * the same answer as a missing id, so ids of other sellers' listings leak nothing.
 */
export type ListingAccess = "owner" | "ownerOrAdmin";

function sellerScope(actor: Actor, access: ListingAccess): string | null {
  return access === "ownerOrAdmin" && actor.role === "ADMIN" ? null : actor.userId;
}

/** Locks the medicine row (FOR UPDATE) for the rest of the transaction, after checking access. */
export async function lockListing(tx: Tx, actor: Actor, id: string, access: ListingAccess): Promise<void> {
  const sellerId = sellerScope(actor, access);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Medicine"
    WHERE id = ${id} AND (${sellerId}::text IS NULL OR "sellerId" = ${sellerId}::text)
    FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", MEDICINE_NOT_FOUND);
}

/** Access check without a lock, for reads. */
export async function assertListingAccess(db: DbOrTx, actor: Actor, id: string, access: ListingAccess): Promise<void> {
  const sellerId = sellerScope(actor, access);
  const found = await db.medicine.findFirst({
    where: { id, ...(sellerId ? { sellerId } : {}) },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", MEDICINE_NOT_FOUND);
}

/**
 * Only sellers who may sell now (catalog/sellable.ts: profile APPROVED, not blocked, licence valid)
 * may put listings on sale (create, restore). Admins do not own listings (they moderate: read and
 * archive any), so they are refused too.
 */
export async function requireApprovedSeller(db: DbOrTx, actor: Actor): Promise<void> {
  if (actor.role !== "SELLER") {
    throw new AppError("FORBIDDEN", "Only seller accounts can list medicines; admins moderate listings but do not own them.");
  }
  const standing = await sellerStanding(db, actor.userId);
  if (standing !== "SELLING") {
    throw new AppError("FORBIDDEN", SELLER_STANDING_MESSAGES[standing], { sellerStanding: standing });
  }
}
