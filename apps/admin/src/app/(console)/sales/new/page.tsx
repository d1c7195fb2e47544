import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { SaleEventForm } from "@/components/sales/event-form";
import { requireMe } from "@/trpc/server";
import "@/components/sales/sales.css";

export const metadata: Metadata = { title: "New flash sale" };
export const dynamic = "force-dynamic";

export default async function NewSalePage() {
  const me = await requireMe();
  if (me.role !== "ADMIN") redirect("/sales");
  return (
    <>
      <PageHeader title="New flash sale" description="Schedule the sale, then add medicines to it (or approve sellers' proposals)." />
      <Card padded>
        <SaleEventForm />
      </Card>
    </>
  );
}
