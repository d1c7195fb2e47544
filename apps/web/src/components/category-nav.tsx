import Link from "next/link";
import type { CategoryNode } from "@/trpc/types";

function href(slug: string | undefined, keep: Record<string, string>): string {
  const params = new URLSearchParams(keep);
  if (slug) params.set("category", slug);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/**
 * Top-level categories with their children; the active one is marked with aria-current.
 * `keep` holds the other query parameters (search, sort, filters) that links carry over.
 */
export function CategoryNav({
  tree,
  active,
  keep = {},
}: {
  tree: CategoryNode[];
  active?: string;
  keep?: Record<string, string>;
}) {
  return (
    <nav aria-label="Categories" className="category-nav">
      <h2 className="category-nav__heading">Categories</h2>
      <ul className="category-nav__list">
        <li>
          <Link href={href(undefined, keep)} aria-current={active ? undefined : "page"}>
            All medicines
          </Link>
        </li>
        {tree.map((top) => (
          <li key={top.id}>
            <Link href={href(top.slug, keep)} aria-current={active === top.slug ? "page" : undefined}>
              {top.name} <span className="category-nav__count">({top.medicineCount})</span>
            </Link>
            {top.children.length > 0 ? (
              <ul className="category-nav__children">
                {top.children.map((child) => (
                  <li key={child.id}>
                    <Link
                      href={href(child.slug, keep)}
                      aria-current={active === child.slug ? "page" : undefined}
                    >
                      {child.name} <span className="category-nav__count">({child.medicineCount})</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Finds a category (any depth) by slug, for page titles. */
export function findCategory(tree: CategoryNode[], slug: string): CategoryNode | undefined {
  for (const node of tree) {
    if (node.slug === slug) return node;
    const hit = findCategory(node.children, slug);
    if (hit) return hit;
  }
  return undefined;
}
