import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@healio/ui";
import { SaleProposals } from "@/components/sales/sale-proposals";
import { requireMe } from "@/trpc/server";
import "@/components/sales/sales.css";

export const metadata: Metadata = { title: "Sale proposals" };
export const dynamic = "force-dynamic";

export default async function SaleProposalsPage() {
  const me = await requireMe();
  if (me.role !== "ADMIN") redirect("/sales");
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/sales">Flash sales</Link>}
        title="Proposals"
        description="Sellers' medicines proposed for sales, oldest first. Approved items sell at the proposed price while the sale is live; every decision is audited."
      />
      <SaleProposals />
    </>
  );
}
