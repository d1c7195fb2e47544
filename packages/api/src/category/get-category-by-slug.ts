import type { DbOrTx } from "@healio/db";
import { getCategoryBreadcrumbs } from "./category-breadcrumbs";
import type { CategoryCrumb, CategoryView } from "./category.schema";

export type CategoryPage = CategoryView & {
  /** Root first, this category last. */
  breadcrumbs: CategoryCrumb[];
  /** Direct children, by name. */
  children: CategoryCrumb[];
};

/** A category page's header: the category, its breadcrumbs and its direct children (2 statements). */
export async function getCategoryBySlug(db: DbOrTx, input: { slug: string }): Promise<CategoryPage> {
  const breadcrumbs = await getCategoryBreadcrumbs(db, input);
  const self = breadcrumbs.at(-1)!;
  const parent = breadcrumbs.at(-2);
  const children = await db.category.findMany({
    where: { parentId: self.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true },
  });
  return { ...self, parentId: parent?.id ?? null, breadcrumbs, children };
}
