import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Button, DateTime, EmptyState, PageHeader } from "@healio/ui";
import "@/components/orders/orders.css";
import { STANDING_LABEL } from "@/components/people/people-labels";
import { SellerActions } from "@/components/people/seller-actions";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Sellers" };
export const dynamic = "force-dynamic";

const TABS = ["PENDING", "SELLING", "SUSPENDED", "LICENCE_EXPIRED", "REJECTED", "BLOCKED"] as const;
type Tab = (typeof TABS)[number];

const PAGE_SIZE = 100;

function href(tab: Tab | undefined, q?: string, cursor?: string): string {
  const p = new URLSearchParams();
  if (tab) p.set("standing", tab);
  if (q) p.set("q", q);
  if (cursor) p.set("cursor", cursor);
  const s = p.toString();
  return s ? `/sellers?${s}` : "/sellers";
}

export default async function SellersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role !== "ADMIN") notFound();
  const params = await searchParams;
  const query = firstParam(params, "q", 100);
  const raw = firstParam(params, "standing");
  // Applications waiting for a decision come first, unless the admin searches across all.
  const standing = TABS.find((t) => t === raw) ?? (query ? undefined : "PENDING");
  const api = await serverApi();
  const cursor = firstParam(params, "cursor", 512);
  // A cursor from an old or edited link: start again from the first page rather than fail.
  const page = await api.sellers
    .list({ standing, query, cursor, limit: PAGE_SIZE })
    .catch((error: unknown) => (cursor ? api.sellers.list({ standing, query, limit: PAGE_SIZE }) : Promise.reject(error)));

  return (
    <>
      <PageHeader title="Sellers" description="Pharmacy applications and sellers. A seller sells only while approved, not blocked and licensed: the storefront checks this on every request." />
      <div className="hl-stack">
        <nav aria-label="Filter by standing">
          <ul className="order-tabs">
            {TABS.map((tab) => (
              <li key={tab}>
                <Link href={href(tab, query)} aria-current={standing === tab ? "page" : undefined}>
                  {STANDING_LABEL[tab]?.label ?? tab}
                </Link>
              </li>
            ))}
            <li>
              <Link href={href(undefined, query ?? "")} aria-current={standing === undefined ? "page" : undefined}>All</Link>
            </li>
          </ul>
        </nav>
        <form action="/sellers" method="get" role="search" aria-label="Search sellers" className="order-filters">
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="sellers-q">Store, licence, owner or e-mail</label>
            <input id="sellers-q" className="hl-input" type="search" name="q" defaultValue={query ?? ""} maxLength={100} autoComplete="off" />
          </div>
          <Button type="submit" variant="secondary">Search</Button>
        </form>
        {page.items.length === 0 ? (
          <EmptyState title="No sellers here" description={standing === "PENDING" ? "No applications are waiting for a decision." : "Try another filter."} />
        ) : (
          <div className="hl-card hl-table-wrap">
            <table className="order-table">
              <caption className="hl-visually-hidden">Sellers, newest application first</caption>
              <thead>
                <tr>
                  <th scope="col">Pharmacy</th>
                  <th scope="col">Licence</th>
                  <th scope="col">Supervising pharmacist</th>
                  <th scope="col">Applied</th>
                  <th scope="col">Standing</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((s) => {
                  const label = STANDING_LABEL[s.standing] ?? { label: s.standing, tone: "neutral" as const };
                  return (
                    <tr key={s.profileId}>
                      <th scope="row">
                        {s.storeName}
                        <div className="hl-small hl-muted">
                          <Link href={`/people/${s.userId}`}>{s.ownerName}</Link> · {s.email} · {s.phone}
                        </div>
                        <div className="hl-small hl-muted">{s.businessAddress}</div>
                      </th>
                      <td>
                        {s.licenceNumber}
                        <div className="hl-small hl-muted">valid until <DateTime value={s.licenceExpiresAt} /></div>
                      </td>
                      <td>{s.supervisingPharmacist}</td>
                      <td><DateTime value={s.appliedAt} /></td>
                      <td>
                        <Badge tone={label.tone}>{label.label}</Badge>
                        {s.decisionReason ? <div className="hl-small hl-muted">{s.decisionReason}</div> : null}
                        {s.standing === "SELLING" ? <div className="hl-small hl-muted">{s.activeListings} active listings</div> : null}
                      </td>
                      <td><SellerActions seller={s} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {cursor || page.nextCursor ? (
          <nav aria-label="Pages of sellers" className="hl-row">
            {cursor ? <Link href={href(standing, query)}>First page</Link> : null}
            {page.nextCursor ? <Link href={href(standing, query, page.nextCursor)}>Next {PAGE_SIZE} sellers</Link> : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
