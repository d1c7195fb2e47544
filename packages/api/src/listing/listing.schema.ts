import { z } from "zod";
import { manufacturerRefSchema } from "../manufacturer/manufacturer.schema";
import { MAX_PRICE_CENTS } from "../medicine/medicine.schema";
import { lotInput } from "../batch/batch.schema";
import { plainText } from "../util/text";

/** Upper bounds that keep integers sane (and typos like an extra 0 visible). */
export const MAX_STOCK = 1_000_000;
export const MAX_LOW_STOCK_THRESHOLD = 100_000;

const id = z.string().trim().min(1).max(64);

/** Ingredients with per-customer purchase limits (rows of RestrictedIngredientLimit, seeded by migration). */
export const RESTRICTED_INGREDIENTS = ["pseudoephedrine", "ephedrine", "phenylpropanolamine"] as const;

/** A restricted active ingredient and its amount per pack, or null when the medicine has none. */
export const restrictedSchema = z
  .strictObject({
    ingredient: z.enum(RESTRICTED_INGREDIENTS),
    mgPerPack: z.number().int("Enter whole milligrams.").min(1, "Enter the amount per pack in mg.").max(100_000),
  })
  .nullable();

/** One patient-leaflet section; an empty string from a form means "not given". */
const leafletSection = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  plainText().max(3000, "At most 3,000 characters.").nullable(),
);

/** The leaflet sections a seller may fill, shown on the medicine page when present. */
export const LEAFLET_SECTIONS = [
  { key: "leafletUses", title: "Uses" },
  { key: "leafletDosage", title: "Dosage" },
  { key: "leafletSideEffects", title: "Side effects" },
  { key: "leafletWarnings", title: "Warnings" },
] as const;

/**
 * The editable fields of a listing, shared by the console form and the router. Server-owned
 * fields (sellerId, slug, status, stock, searchText, ratings) are not here: strict objects refuse
 * them with BAD_REQUEST.
 */
export const listingFields = {
  name: plainText().min(2, "Name must have at least 2 characters.").max(120),
  genericName: plainText().min(2, "Generic name must have at least 2 characters.").max(120),
  strength: plainText().min(1, "Strength is required (e.g. 500 mg).").max(60),
  dosageForm: plainText().min(1, "Dosage form is required (e.g. tablet).").max(60),
  packSize: plainText().min(1, "Pack size is required (e.g. 20 tablets).").max(60),
  description: plainText().max(5000),
  leafletUses: leafletSection,
  leafletDosage: leafletSection,
  leafletSideEffects: leafletSection,
  leafletWarnings: leafletSection,
  /** http(s) URL; an empty string from a form means "no image". */
  imageUrl: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.url({ protocol: /^https?$/, message: "Enter an http(s) URL." }).max(2048).nullable(),
  ),
  requiresPrescription: z.boolean(),
  restricted: restrictedSchema,
  /** Integer cents. */
  priceCents: z
    .number()
    .int("Price must be whole cents.")
    .min(0, "Price cannot be negative.")
    .max(MAX_PRICE_CENTS, "Price is too high."),
  /** The listing counts as "low stock" when stock <= this. */
  lowStockThreshold: z.number().int().min(0).max(MAX_LOW_STOCK_THRESHOLD),
  /** Any category, leaf or inner node. */
  categoryId: id,
  /** `{ id }` of an existing manufacturer, or `{ name }` to find-or-create (case-insensitive). */
  manufacturer: manufacturerRefSchema,
};

export const listingCreateInput = z.strictObject({
  ...listingFields,
  description: listingFields.description.default(""),
  leafletUses: listingFields.leafletUses.default(null),
  leafletDosage: listingFields.leafletDosage.default(null),
  leafletSideEffects: listingFields.leafletSideEffects.default(null),
  leafletWarnings: listingFields.leafletWarnings.default(null),
  imageUrl: listingFields.imageUrl.optional(),
  requiresPrescription: listingFields.requiresPrescription.default(false),
  restricted: listingFields.restricted.default(null),
  lowStockThreshold: listingFields.lowStockThreshold.default(10),
  /** Opening stock, recorded as an INITIAL stock movement. Later changes go through inventory.*. */
  initialStock: z.number().int().min(0).max(MAX_STOCK).default(0),
  /** The lot of the opening stock; without it the stock goes into lot OPENING (see createListing). */
  initialLot: lotInput.optional(),
});
export type ListingCreateInput = z.input<typeof listingCreateInput>;
export type ListingCreateParams = z.output<typeof listingCreateInput>;

/** A partial patch: only the keys present change. Stock is not editable here (inventory.*). */
export const listingUpdateInput = z.strictObject({
  id,
  name: listingFields.name.optional(),
  genericName: listingFields.genericName.optional(),
  strength: listingFields.strength.optional(),
  dosageForm: listingFields.dosageForm.optional(),
  packSize: listingFields.packSize.optional(),
  description: listingFields.description.optional(),
  leafletUses: listingFields.leafletUses.optional(),
  leafletDosage: listingFields.leafletDosage.optional(),
  leafletSideEffects: listingFields.leafletSideEffects.optional(),
  leafletWarnings: listingFields.leafletWarnings.optional(),
  imageUrl: listingFields.imageUrl.optional(),
  requiresPrescription: listingFields.requiresPrescription.optional(),
  restricted: listingFields.restricted.optional(),
  priceCents: listingFields.priceCents.optional(),
  lowStockThreshold: listingFields.lowStockThreshold.optional(),
  categoryId: listingFields.categoryId.optional(),
  manufacturer: listingFields.manufacturer.optional(),
});
export type ListingUpdateInput = z.input<typeof listingUpdateInput>;
export type ListingUpdateParams = z.output<typeof listingUpdateInput>;

export const listingIdInput = z.strictObject({ id });
export type ListingIdInput = z.output<typeof listingIdInput>;

export const listingListMineInput = z
  .strictObject({
    status: z.enum(["ACTIVE", "ARCHIVED"]).optional(),
    /** Case-insensitive substring of the name, generic name or manufacturer. */
    search: z.string().trim().max(100).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .prefault({});
export type ListingListMineInput = z.input<typeof listingListMineInput>;
export type ListingListMineParams = z.output<typeof listingListMineInput>;

export const listingHistoryInput = z.strictObject({
  id,
  cursor: z.string().min(1).max(512).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListingHistoryInput = z.input<typeof listingHistoryInput>;
export type ListingHistoryParams = z.output<typeof listingHistoryInput>;
