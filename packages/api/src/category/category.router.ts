import { adminProcedure, publicProcedure, router } from "../trpc";
import { getCategoryBreadcrumbs } from "./category-breadcrumbs";
import { getCategoryTree } from "./category-tree";
import {
  categoryCreateInput,
  categoryDeleteInput,
  categoryMoveInput,
  categoryRenameInput,
  categorySlugInput,
} from "./category.schema";
import { createCategory } from "./create-category";
import { deleteCategory } from "./delete-category";
import { getCategoryBySlug } from "./get-category-by-slug";
import { moveCategory } from "./move-category";
import { renameCategory } from "./rename-category";

export const categoryRouter = router({
  tree: publicProcedure.query(({ ctx }) => getCategoryTree(ctx.db)),
  breadcrumbs: publicProcedure.input(categorySlugInput).query(({ ctx, input }) => getCategoryBreadcrumbs(ctx.db, input)),
  bySlug: publicProcedure.input(categorySlugInput).query(({ ctx, input }) => getCategoryBySlug(ctx.db, input)),
  create: adminProcedure.input(categoryCreateInput).mutation(({ ctx, input }) => createCategory(ctx.db, ctx.actor, input)),
  rename: adminProcedure.input(categoryRenameInput).mutation(({ ctx, input }) => renameCategory(ctx.db, ctx.actor, input)),
  move: adminProcedure.input(categoryMoveInput).mutation(({ ctx, input }) => moveCategory(ctx.db, ctx.actor, input)),
  delete: adminProcedure.input(categoryDeleteInput).mutation(({ ctx, input }) => deleteCategory(ctx.db, ctx.actor, input)),
});
