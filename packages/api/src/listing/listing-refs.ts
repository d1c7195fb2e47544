import type { Tx } from "@healio/db";
import { AppError } from "../app-error";
import { firstFreeSlug, slugCandidates, slugify } from "./slug";

/** A listing's category must exist (any node of the tree). */
export async function findListingCategory(tx: Tx, id: string): Promise<{ id: string; name: string; slug: string }> {
  const category = await tx.category.findUnique({ where: { id }, select: { id: true, name: true, slug: true } });
  if (!category) throw new AppError("BAD_REQUEST", "Category not found.", { field: "categoryId" });
  return category;
}

/** "Paracetamol 500 mg" -> "paracetamol-500-mg", or with a random suffix when taken. One query. */
export async function freeMedicineSlug(tx: Tx, name: string, strength: string): Promise<string> {
  const candidates = slugCandidates(slugify(`${name} ${strength}`, "medicine"));
  const taken = await tx.medicine.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  return firstFreeSlug(candidates, taken.map((t) => t.slug));
}
