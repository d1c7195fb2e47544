import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@healio/ui";
import { orNotFound } from "@healio/client/server/load";
import { SaleEventAdmin } from "@/components/sales/sale-event-admin";
import { env } from "@/env";
import { requireMe, serverApi } from "@/trpc/server";
import "@/components/sales/sales.css";

export const metadata: Metadata = { title: "Flash sale" };
export const dynamic = "force-dynamic";

export default async function SaleEventPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireMe();
  if (me.role !== "ADMIN") redirect("/sales");
  const { id } = await params;
  // The header from the server (a 404 for an unknown id); the body loads and refreshes client-side.
  const event = await orNotFound(async () => (await serverApi()).sale.adminGet({ eventId: id }));
  return (
    <>
      <PageHeader eyebrow={<Link href="/sales">Flash sales</Link>} title={event.name} description={event.description || undefined} />
      <SaleEventAdmin eventId={event.id} storefrontUrl={env.WEB_URL} />
    </>
  );
}
