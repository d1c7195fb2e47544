import Link from "next/link";
import type { CategoryNode } from "@/trpc/types";
import { catalogueHref, type CatalogueQuery } from "./catalogue-url";

/** The slugs from a root down to `slug` (empty when not in the tree). */
export function pathTo(tree: readonly CategoryNode[], slug: string | undefined): string[] {
  if (!slug) return [];
  for (const node of tree) {
    if (node.slug === slug) return [node.slug];
    const below = pathTo(node.children, slug);
    if (below.length > 0) return [node.slug, ...below];
  }
  return [];
}

function Branch({
  nodes,
  open,
  active,
  query,
  depth,
}: {
  nodes: readonly CategoryNode[];
  open: ReadonlySet<string>;
  active: string | undefined;
  query: CatalogueQuery;
  depth: number;
}) {
  return (
    <ul className={depth === 0 ? "category-tree-nav__list" : "category-tree-nav__children"}>
      {nodes.map((node) => {
        const expanded = open.has(node.slug) && node.children.length > 0;
        return (
          <li key={node.id}>
            <Link
              href={catalogueHref(query, { category: node.slug })}
              aria-current={active === node.slug ? "page" : undefined}
              className={open.has(node.slug) ? "category-tree-nav__link is-open" : "category-tree-nav__link"}
            >
              {node.name} <span className="category-tree-nav__count">({node.medicineCount})</span>
            </Link>
            {expanded ? <Branch nodes={node.children} open={open} active={active} query={query} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Tree navigation: the top level always, and below it the branch that leads to the current
 * category (its ancestors' siblings and its own children), at any depth. Links keep the other
 * filters. Counts include subcategories.
 */
export function CategoryTreeNav({
  tree,
  active,
  query,
}: {
  tree: readonly CategoryNode[];
  active: string | undefined;
  query: CatalogueQuery;
}) {
  const open = new Set(pathTo(tree, active));
  return (
    <nav aria-label="Categories" className="category-tree-nav">
      <h2 className="category-tree-nav__heading">Categories</h2>
      <ul className="category-tree-nav__list category-tree-nav__list--all">
        <li>
          <Link href={catalogueHref(query, { category: undefined })} aria-current={active ? undefined : "page"} className="category-tree-nav__link">
            All medicines
          </Link>
        </li>
      </ul>
      <Branch nodes={tree} open={open} active={active} query={query} depth={0} />
      <p className="category-tree-nav__more">
        <Link href="/categories">See all categories</Link>
      </p>
    </nav>
  );
}
