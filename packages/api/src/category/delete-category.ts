import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit, recordAudits } from "../audit/record-audit";
import { ancestorPath, lockCategory, lockCategoryTree } from "./category-lock";
import type { CategoryDeleteInput, CategoryView } from "./category.schema";

export type CategoryDeleted = { id: string; medicinesMoved: number; childrenMoved: number; reassignedTo: string | null };

/**
 * Moves every medicine of `from` to `to` and writes one "medicine.category_reassigned" audit row
 * per medicine — a single statement (data-modifying CTE), however many medicines there are.
 */
async function reassignMedicines(tx: Tx, actorId: string, from: CategoryView, to: CategoryView): Promise<number> {
  return tx.$executeRaw`
    WITH moved AS (
      UPDATE "Medicine" SET "categoryId" = ${to.id}, "updatedAt" = now()
      WHERE "categoryId" = ${from.id}
      RETURNING id
    )
    INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", before, after, "createdAt")
    SELECT gen_random_uuid()::text, ${actorId}, 'medicine.category_reassigned', 'Medicine', moved.id,
           jsonb_build_object('categoryId', ${from.id}::text, 'category', ${from.name}::text),
           jsonb_build_object('categoryId', ${to.id}::text, 'category', ${to.name}::text),
           now()
    FROM moved`;
}

/**
 * Deletes a category. Medicines (ACTIVE or ARCHIVED: both reference it) and child categories
 * make it a CONFLICT, with their counts in `details`, unless `reassignTo` is given: then they
 * move there first (children keep their own subtrees), every move audited, all in one
 * transaction under the tree lock. The target must exist and lie outside the deleted subtree.
 */
export async function deleteCategory(db: Db, actor: Actor, input: CategoryDeleteInput): Promise<CategoryDeleted> {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx);
    const category = await lockCategory(tx, input.id);
    const medicineCount = await tx.medicine.count({ where: { categoryId: category.id } });
    const children = await tx.category.findMany({ where: { parentId: category.id }, select: { id: true } });
    let target: CategoryView | null = null;
    if (input.reassignTo !== undefined) {
      const path = await ancestorPath(tx, input.reassignTo);
      if (path.length === 0) throw new AppError("BAD_REQUEST", "Target category not found.", { field: "reassignTo" });
      if (path.includes(category.id)) {
        throw new AppError("CONFLICT", "Contents cannot move into the deleted category or one of its descendants.", {
          field: "reassignTo",
        });
      }
      target = await lockCategory(tx, input.reassignTo);
    }
    if ((medicineCount > 0 || children.length > 0) && !target) {
      throw new AppError(
        "CONFLICT",
        `This category still has ${medicineCount} medicine(s) and ${children.length} subcategory(ies): choose a category to move them to.`,
        { medicineCount, childCount: children.length },
      );
    }

    let medicinesMoved = 0;
    if (target && medicineCount > 0) medicinesMoved = await reassignMedicines(tx, actor.userId, category, target);
    if (target && children.length > 0) {
      await tx.category.updateMany({ where: { parentId: category.id }, data: { parentId: target.id } });
      await recordAudits(
        tx,
        children.map((child) => ({
          actorId: actor.userId,
          action: "category.moved",
          entityType: "Category",
          entityId: child.id,
          before: { parentId: category.id },
          after: { parentId: target.id },
        })),
      );
    }
    await tx.category.delete({ where: { id: category.id } });
    const result = { id: category.id, medicinesMoved, childrenMoved: children.length, reassignedTo: target?.id ?? null };
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "category.deleted",
      entityType: "Category",
      entityId: category.id,
      before: { name: category.name, slug: category.slug, parentId: category.parentId },
      after: { reassignedTo: result.reassignedTo, medicinesMoved, childrenMoved: result.childrenMoved },
    });
    return result;
  });
}
