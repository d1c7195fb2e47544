import Link from "next/link";

export type Crumb = { name: string; href: string };

/** A breadcrumb trail; the last crumb is the current page (aria-current, not a link when `currentIsPage`). */
export function Breadcrumbs({ crumbs, currentIsPage = true }: { crumbs: Crumb[]; currentIsPage?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.href}>
              {last && currentIsPage ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <Link href={crumb.href}>{crumb.name}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
