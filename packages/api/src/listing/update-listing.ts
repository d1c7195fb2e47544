import type { Db, Prisma } from "@healio/db";
import type { Actor } from "../actor";
import { changedFields, recordAudit } from "../audit/record-audit";
import { resolveManufacturer } from "../manufacturer/resolve-manufacturer";
import { buildSearchText } from "../medicine/search-text";
import { lockListing } from "./listing-access";
import { findListingCategory } from "./listing-refs";
import type { ListingUpdateParams } from "./listing.schema";
import { listingSelect, toListingView, type ListingRow, type ListingView } from "./listing-view";

/** The fields a patch can change, flattened to scalars (relations by id) for diffing. */
type Editable = {
  name: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  description: string;
  leafletUses: string | null;
  leafletDosage: string | null;
  leafletSideEffects: string | null;
  leafletWarnings: string | null;
  imageUrl: string | null;
  requiresPrescription: boolean;
  restrictedIngredient: string | null;
  restrictedMgPerPack: number | null;
  priceCents: number;
  lowStockThreshold: number;
  categoryId: string;
  manufacturerId: string;
};

function editableOf(row: ListingRow): Editable {
  return {
    name: row.name,
    genericName: row.genericName,
    strength: row.strength,
    dosageForm: row.dosageForm,
    packSize: row.packSize,
    description: row.description,
    leafletUses: row.leafletUses,
    leafletDosage: row.leafletDosage,
    leafletSideEffects: row.leafletSideEffects,
    leafletWarnings: row.leafletWarnings,
    imageUrl: row.imageUrl,
    requiresPrescription: row.requiresPrescription,
    restrictedIngredient: row.restrictedIngredient,
    restrictedMgPerPack: row.restrictedMgPerPack,
    priceCents: row.priceCents,
    lowStockThreshold: row.lowStockThreshold,
    categoryId: row.category.id,
    manufacturerId: row.manufacturer.id,
  };
}

/**
 * Partial update by the owning seller (admins cannot edit others' listings; they archive).
 * The row is locked, the diff computed against the locked state, and one "medicine.updated"
 * audit row stores before/after of exactly the changed fields (plus category / manufacturer
 * names when those change) — price, category, manufacturer and prescription flag included.
 * The slug is kept on rename (stable URLs). An empty or no-op patch writes nothing.
 */
export async function updateListing(db: Db, actor: Actor, input: ListingUpdateParams): Promise<ListingView> {
  const { id, manufacturer: manufacturerRef, restricted, ...rest } = input;
  // Ingredient and amount change together (a CHECK keeps them paired).
  const patch =
    restricted === undefined
      ? rest
      : { ...rest, restrictedIngredient: restricted?.ingredient ?? null, restrictedMgPerPack: restricted?.mgPerPack ?? null };
  return db.$transaction(async (tx) => {
    await lockListing(tx, actor, id, "owner");
    const current = await tx.medicine.findUniqueOrThrow({ where: { id }, select: listingSelect });
    const category =
      patch.categoryId && patch.categoryId !== current.category.id
        ? await findListingCategory(tx, patch.categoryId)
        : current.category;
    const manufacturer = manufacturerRef ? await resolveManufacturer(tx, actor.userId, manufacturerRef) : current.manufacturer;

    const before = editableOf(current);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Editable>;
    const after: Partial<Editable> = { ...defined, categoryId: category.id, manufacturerId: manufacturer.id };
    const changed = changedFields(before, after);
    if (changed.length === 0) return toListingView(current);

    const data: Prisma.MedicineUncheckedUpdateInput = {};
    const auditBefore: Record<string, Prisma.InputJsonValue | null> = {};
    const auditAfter: Record<string, Prisma.InputJsonValue | null> = {};
    for (const key of changed) {
      const value = after[key];
      (data as Record<string, unknown>)[key] = value;
      auditBefore[key] = before[key];
      auditAfter[key] = value ?? null;
    }
    if (changed.includes("categoryId")) {
      auditBefore.category = current.category.name;
      auditAfter.category = category.name;
    }
    if (changed.includes("manufacturerId")) {
      auditBefore.manufacturer = current.manufacturer.name;
      auditAfter.manufacturer = manufacturer.name;
    }
    if (changed.some((k) => k === "name" || k === "genericName" || k === "manufacturerId")) {
      data.searchText = buildSearchText({
        name: after.name ?? before.name,
        genericName: after.genericName ?? before.genericName,
        manufacturerName: manufacturer.name,
      });
    }
    const updated = await tx.medicine.update({ where: { id }, data, select: listingSelect });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "medicine.updated",
      entityType: "Medicine",
      entityId: id,
      before: auditBefore,
      after: auditAfter,
    });
    return toListingView(updated);
  });
}
