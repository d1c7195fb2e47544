import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { firstFreeSlug, retryOnSlugConflict, slugCandidates, slugify } from "../listing/slug";
import { lockCategoryTree } from "./category-lock";
import type { CategoryCreateInput, CategoryView } from "./category.schema";

/** A chosen slug must be free (CONFLICT, field "slug"); a generated one gets a suffix if needed. */
export async function resolveCategorySlug(tx: Tx, name: string, chosen: string | undefined, exceptId?: string): Promise<string> {
  if (chosen !== undefined) {
    const owner = await tx.category.findUnique({ where: { slug: chosen }, select: { id: true } });
    if (owner && owner.id !== exceptId) throw new AppError("CONFLICT", "This slug is already used by another category.", { field: "slug" });
    return chosen;
  }
  const candidates = slugCandidates(slugify(name, "category"));
  const taken = await tx.category.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  return firstFreeSlug(candidates, taken.map((t) => t.slug));
}

export async function createCategory(db: Db, actor: Actor, input: CategoryCreateInput): Promise<CategoryView> {
  return retryOnSlugConflict(() =>
    db.$transaction(async (tx) => {
      await lockCategoryTree(tx);
      const parentId = input.parentId ?? null;
      if (parentId && !(await tx.category.findUnique({ where: { id: parentId }, select: { id: true } }))) {
        throw new AppError("BAD_REQUEST", "Parent category not found.", { field: "parentId" });
      }
      const slug = await resolveCategorySlug(tx, input.name, input.slug);
      const created = await tx.category.create({
        data: { name: input.name, slug, parentId },
        select: { id: true, name: true, slug: true, parentId: true },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "category.created",
        entityType: "Category",
        entityId: created.id,
        after: { name: created.name, slug: created.slug, parentId: created.parentId },
      });
      return created;
    }),
  );
}
