import type { Metadata } from "next";
import { PageHeader } from "@healio/ui";
import { AdminOverview } from "@/components/admin-overview";
import { SellerDashboard } from "@/components/seller-dashboard";
import { env } from "@/env";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function ConsoleHomePage() {
  // Anonymous -> /sign-in; customers get the layout's refusal page and no data here.
  const me = await requireMe();
  const api = await serverApi();

  if (me.role === "ADMIN") {
    const overview = await api.admin.overview();
    return (
      <>
        <PageHeader title="Overview" description="The Healio marketplace at a glance." />
        <AdminOverview data={overview} />
      </>
    );
  }
  if (me.role === "SELLER") {
    const [dashboard, lowStock] = await Promise.all([
      api.seller.dashboard(),
      api.inventory.lowStock({ limit: 10 }),
    ]);
    return (
      <>
        <PageHeader
          title={me.sellerProfile?.storeName ?? "Your pharmacy"}
          description="Your catalogue and orders at a glance."
        />
        <SellerDashboard data={dashboard} lowStock={lowStock} storefrontUrl={env.WEB_URL} />
      </>
    );
  }
  return null;
}
