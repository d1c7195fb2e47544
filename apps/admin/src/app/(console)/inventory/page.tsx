import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@healio/ui";
import { LowStockTable } from "@/components/catalogue/low-stock-table";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Low stock" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

export default async function LowStockPage() {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  if (me.role !== "SELLER") {
    return (
      <>
        <PageHeader title="Low stock" />
        <Alert tone="info" title="Low stock is tracked per seller">
          Sellers see their own low-stock medicines here. As an administrator, open any listing from{" "}
          <Link href="/medicines">Medicines</Link> to see its stock ledger.
        </Alert>
      </>
    );
  }
  const api = await serverApi();
  const firstPage = await api.inventory.lowStock({ limit: PAGE_SIZE });
  return (
    <>
      <PageHeader
        title="Low stock"
        description="Your active medicines at or below their low-stock threshold, emptiest first. Shoppers see “Only N left” on these."
      />
      <LowStockTable initialPage={firstPage} pageSize={PAGE_SIZE} />
    </>
  );
}
