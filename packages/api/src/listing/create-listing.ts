import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { applyStockMovement } from "../inventory/apply-stock-movement";
import { resolveManufacturer } from "../manufacturer/resolve-manufacturer";
import { buildSearchText } from "../medicine/search-text";
import { requireApprovedSeller } from "./listing-access";
import { findListingCategory, freeMedicineSlug } from "./listing-refs";
import type { ListingCreateParams } from "./listing.schema";
import { listingSelect, toListingView, type ListingView } from "./listing-view";
import { retryOnSlugConflict } from "./slug";

/**
 * Opening stock entered without a lot (older clients, the REST API) goes into lot OPENING expiring
 * two years from today, the same placeholder the batches migration gave existing stock; the
 * console asks for the real lot and expiry.
 */
function openingLot(): { lotNumber: string; expiresAt: Date } {
  const expiresAt = new Date();
  expiresAt.setUTCHours(0, 0, 0, 0);
  expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 2);
  return { lotNumber: "OPENING", expiresAt };
}

/**
 * A new listing, owned by the calling seller (never by a client-supplied id), in one
 * transaction: manufacturer pick-or-create, server-generated unique slug, searchText, the
 * "medicine.created" audit row, and the opening stock as an INITIAL movement through the
 * inventory service (so the ledger sums to stock from the first moment).
 */
export async function createListing(db: Db, actor: Actor, input: ListingCreateParams): Promise<ListingView> {
  return retryOnSlugConflict(() =>
    db.$transaction(async (tx) => {
      await requireApprovedSeller(tx, actor);
      const category = await findListingCategory(tx, input.categoryId);
      const manufacturer = await resolveManufacturer(tx, actor.userId, input.manufacturer);
      const slug = await freeMedicineSlug(tx, input.name, input.strength);
      const fields = {
        name: input.name,
        genericName: input.genericName,
        strength: input.strength,
        dosageForm: input.dosageForm,
        packSize: input.packSize,
        description: input.description,
        leafletUses: input.leafletUses,
        leafletDosage: input.leafletDosage,
        leafletSideEffects: input.leafletSideEffects,
        leafletWarnings: input.leafletWarnings,
        imageUrl: input.imageUrl ?? null,
        requiresPrescription: input.requiresPrescription,
        restrictedIngredient: input.restricted?.ingredient ?? null,
        restrictedMgPerPack: input.restricted?.mgPerPack ?? null,
        priceCents: input.priceCents,
        lowStockThreshold: input.lowStockThreshold,
      };
      const { id } = await tx.medicine.create({
        data: {
          ...fields,
          slug,
          status: "ACTIVE",
          stock: 0,
          sellerId: actor.userId,
          categoryId: category.id,
          manufacturerId: manufacturer.id,
          searchText: buildSearchText({ ...fields, manufacturerName: manufacturer.name }),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "medicine.created",
        entityType: "Medicine",
        entityId: id,
        after: {
          ...fields,
          slug,
          status: "ACTIVE",
          categoryId: category.id,
          category: category.name,
          manufacturerId: manufacturer.id,
          manufacturer: manufacturer.name,
        },
      });
      if (input.initialStock > 0) {
        await applyStockMovement(tx, {
          medicineId: id,
          sellerId: actor.userId,
          delta: input.initialStock,
          reason: "INITIAL",
          actorId: actor.userId,
          note: "Opening stock",
          lot: input.initialLot ?? openingLot(),
        });
      }
      return toListingView(await tx.medicine.findUniqueOrThrow({ where: { id }, select: listingSelect }));
    }),
  );
}
