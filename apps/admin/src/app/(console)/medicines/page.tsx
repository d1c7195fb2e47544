import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, buttonClassName } from "@healio/ui";
import { ListingFilters } from "@/components/catalogue/listing-filters";
import { ListingsTable } from "@/components/catalogue/listings-table";
import { MarketplaceTable } from "@/components/catalogue/marketplace-table";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Medicines" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

export default async function MedicinesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null; // the layout shows the refusal
  const params = await searchParams;
  const search = firstParam(params, "search", 100);
  const rawStatus = firstParam(params, "status");
  const status: "ACTIVE" | "ARCHIVED" | undefined = rawStatus === "ACTIVE" || rawStatus === "ARCHIVED" ? rawStatus : undefined;
  const api = await serverApi();

  if (me.role === "ADMIN") {
    const filters = { search, limit: PAGE_SIZE };
    const firstPage = await api.medicine.list(filters);
    return (
      <>
        <PageHeader
          title="Medicines"
          description="Listings of every seller that are on sale. Open one to see its stock ledger and history, or to archive it."
        />
        <div className="hl-stack">
          <ListingFilters search={search} withStatus={false} />
          <MarketplaceTable key={JSON.stringify(filters)} initialPage={firstPage} filters={filters} />
        </div>
      </>
    );
  }

  const filters = { search, status, limit: PAGE_SIZE };
  const firstPage = await api.listing.listMine(filters);
  return (
    <>
      <PageHeader
        title="Medicines"
        description="Your listings, newest first."
        actions={
          <Link href="/medicines/new" className={buttonClassName()}>
            New medicine
          </Link>
        }
      />
      <div className="hl-stack">
        <ListingFilters search={search} status={status} />
        <ListingsTable key={JSON.stringify(filters)} initialPage={firstPage} filters={filters} />
      </div>
    </>
  );
}
