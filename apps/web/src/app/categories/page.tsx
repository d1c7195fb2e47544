import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@healio/ui";
import { catalogueHref } from "@/components/catalogue/catalogue-url";
import { serverApi } from "@/trpc/server";
import type { CategoryNode } from "@/trpc/types";

export const metadata: Metadata = {
  title: "All categories",
  description: "Browse every medicine category, from pain relief to prescription treatments.",
};
export const dynamic = "force-dynamic";

function Tree({ nodes, depth }: { nodes: readonly CategoryNode[]; depth: number }) {
  return (
    <ul className={depth === 0 ? "category-index" : "category-index__children"}>
      {nodes.map((node) => (
        <li key={node.id} className={depth === 0 ? "hl-card category-index__root" : undefined}>
          {depth === 0 ? (
            <h2 className="category-index__title">
              <Link href={catalogueHref({}, { category: node.slug })}>{node.name}</Link>{" "}
              <span className="category-tree-nav__count">({node.medicineCount})</span>
            </h2>
          ) : (
            <>
              <Link href={catalogueHref({}, { category: node.slug })}>{node.name}</Link>{" "}
              <span className="category-tree-nav__count">({node.medicineCount})</span>
            </>
          )}
          {node.children.length > 0 ? <Tree nodes={node.children} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every category at every level, with medicine counts that include subcategories. */
export default async function CategoriesPage() {
  const api = await serverApi();
  const tree = await api.category.tree();
  return (
    <>
      <PageHeader title="All categories" description="Numbers are medicines on sale in a category and its subcategories." />
      <Tree nodes={tree} depth={0} />
    </>
  );
}
