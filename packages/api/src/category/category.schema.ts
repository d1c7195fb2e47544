import { z } from "zod";
import { plainText } from "../util/text";

const id = z.string().trim().min(1).max(64);
export const categoryNameSchema = plainText()
  .min(2, "Name must have at least 2 characters.")
  .max(80)
  .transform((s) => s.replace(/\s+/g, " "));
/** Lowercase words joined by single dashes; generated from the name when omitted. */
export const categorySlugSchema = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes.");

export const categoryCreateInput = z.strictObject({
  name: categoryNameSchema,
  /** null or absent: a root category. */
  parentId: id.nullable().optional(),
  slug: categorySlugSchema.optional(),
});
export type CategoryCreateInput = z.output<typeof categoryCreateInput>;

/** Rename; the slug (the public URL) changes only when given. */
export const categoryRenameInput = z.strictObject({ id, name: categoryNameSchema, slug: categorySlugSchema.optional() });
export type CategoryRenameInput = z.output<typeof categoryRenameInput>;

/** Re-parent; null makes it a root. Under itself or its own descendant: CONFLICT. */
export const categoryMoveInput = z.strictObject({ id, parentId: id.nullable() });
export type CategoryMoveInput = z.output<typeof categoryMoveInput>;

/**
 * Delete. With medicines (any status) or children it is refused (CONFLICT) unless `reassignTo`
 * names the category that receives them (not the deleted one nor one of its descendants).
 */
export const categoryDeleteInput = z.strictObject({ id, reassignTo: id.optional() });
export type CategoryDeleteInput = z.output<typeof categoryDeleteInput>;

export const categorySlugInput = z.strictObject({ slug: z.string().trim().min(1).max(200) });
export type CategorySlugInput = z.output<typeof categorySlugInput>;

export type CategoryView = { id: string; name: string; slug: string; parentId: string | null };
export type CategoryCrumb = { id: string; name: string; slug: string };
