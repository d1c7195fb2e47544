import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, buttonClassName } from "@healio/ui";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { SaleEventsTable } from "@/components/sales/sale-events-table";
import { SALE_TABS, type SaleTab } from "@/components/sales/sale-labels";
import { SellerSales } from "@/components/sales/seller-sales";
import { requireMe } from "@/trpc/server";
import "@/components/sales/sales.css";

export const metadata: Metadata = { title: "Flash sales" };
export const dynamic = "force-dynamic";

export default async function SalesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  if (me.role === "SELLER") {
    return (
      <>
        <PageHeader title="Flash sales" description="Propose your medicines for upcoming and live sales. An admin approves or declines each proposal; approved items sell at the sale price while the sale is live." />
        <SellerSales />
      </>
    );
  }
  const asked = firstParam(await searchParams, "phase");
  const phase: SaleTab = SALE_TABS.find((t) => t.phase === asked)?.phase ?? "live";
  return (
    <>
      <PageHeader
        title="Flash sales"
        description="Time-boxed sale prices. A sale starts and ends at the same instant for every customer; overlapping sales give the lowest price."
        actions={
          <div className="hl-row">
            <Link href="/sales/proposals" className={buttonClassName({ variant: "secondary" })}>
              Proposals
            </Link>
            <Link href="/sales/new" className={buttonClassName()}>
              New sale
            </Link>
          </div>
        }
      />
      <nav aria-label="Sales by phase">
        <ul className="sale-tabs">
          {SALE_TABS.map((t) => (
            <li key={t.phase}>
              <Link href={`/sales?phase=${t.phase}`} aria-current={t.phase === phase ? "page" : undefined}>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div style={{ marginTop: "var(--hl-space-4)" }}>
        <SaleEventsTable key={phase} phase={phase} />
      </div>
    </>
  );
}
