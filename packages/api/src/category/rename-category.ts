import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { lockCategory } from "./category-lock";
import type { CategoryRenameInput, CategoryView } from "./category.schema";
import { resolveCategorySlug } from "./create-category";

/** New name (and slug only if given). No change, no audit row. */
export async function renameCategory(db: Db, actor: Actor, input: CategoryRenameInput): Promise<CategoryView> {
  return db.$transaction(async (tx) => {
    const current = await lockCategory(tx, input.id);
    const slug = input.slug === undefined ? current.slug : await resolveCategorySlug(tx, input.name, input.slug, current.id);
    if (current.name === input.name && current.slug === slug) return current;
    const updated = await tx.category.update({
      where: { id: current.id },
      data: { name: input.name, slug },
      select: { id: true, name: true, slug: true, parentId: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "category.renamed",
      entityType: "Category",
      entityId: current.id,
      before: { name: current.name, slug: current.slug },
      after: { name: updated.name, slug: updated.slug },
    });
    return updated;
  });
}
