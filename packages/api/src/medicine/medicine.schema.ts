import { z } from "zod";

/**
 * relevance: best match first (only meaningful with `search`; it is the default then).
 * newest (default without search), price_asc, price_desc, rating (average stars, best first).
 */
export const medicineSortSchema = z.enum(["relevance", "newest", "price_asc", "price_desc", "rating"]);
export type MedicineSort = z.infer<typeof medicineSortSchema>;

/** Cents. A sane upper bound for one pack (USD 100,000) keeps integers far from overflow. */
export const MAX_PRICE_CENTS = 10_000_000;
const priceCents = z.number().int().min(0).max(MAX_PRICE_CENTS);

/** All fields optional; unknown keys are rejected (strict). `undefined` input means "all defaults". */
export const medicineListInput = z
  .strictObject({
    /** Full-text + typo-tolerant search over name, generic name and manufacturer. */
    search: z.string().trim().max(100).optional(),
    /** true: search exactly as typed (no typo correction when nothing matches). */
    exact: z.boolean().optional(),
    /** Category slug; includes every descendant category. */
    categorySlug: z.string().trim().min(1).max(200).optional(),
    manufacturerId: z.string().trim().min(1).max(64).optional(),
    minPrice: priceCents.optional(),
    maxPrice: priceCents.optional(),
    /** rx: prescription-only medicines; otc: over the counter. */
    prescription: z.enum(["rx", "otc"]).optional(),
    /** true: only medicines with stock > 0. false/absent: no stock filter. */
    inStock: z.boolean().optional(),
    /** Default: relevance when searching, newest otherwise. */
    sort: medicineSortSchema.optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(24),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: "minPrice must not exceed maxPrice.",
    path: ["maxPrice"],
  })
  // prefault (not default): undefined is parsed as {}, so the inner defaults still apply.
  .prefault({});
export type MedicineListInput = z.input<typeof medicineListInput>;
export type MedicineListParams = z.output<typeof medicineListInput>;

export const medicineBySlugInput = z.strictObject({
  slug: z.string().trim().min(1).max(200),
});
export type MedicineBySlugInput = z.output<typeof medicineBySlugInput>;

export const medicineByIdInput = z.strictObject({
  id: z.string().trim().min(1).max(64),
});
export type MedicineByIdInput = z.output<typeof medicineByIdInput>;
