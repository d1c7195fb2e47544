import { z } from "zod";

export const medicineSortSchema = z.enum(["newest", "price_asc", "price_desc"]);
export type MedicineSort = z.infer<typeof medicineSortSchema>;

/** All fields optional; unknown keys are rejected (strict). `undefined` input means "all defaults". */
export const medicineListInput = z
  .strictObject({
    search: z.string().trim().max(100).optional(),
    categorySlug: z.string().trim().min(1).max(200).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(24),
    sort: medicineSortSchema.default("newest"),
  })
  // prefault (not default): undefined is parsed as {}, so the inner defaults still apply.
  .prefault({});
export type MedicineListInput = z.input<typeof medicineListInput>;
export type MedicineListParams = z.output<typeof medicineListInput>;

export const medicineBySlugInput = z.strictObject({
  slug: z.string().trim().min(1).max(200),
});
export type MedicineBySlugInput = z.output<typeof medicineBySlugInput>;
