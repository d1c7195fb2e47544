import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert, PageHeader } from "@healio/ui";
import { OrderList } from "@/components/orders/order-list";
import { getCurrentActor, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "My orders" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 10;

export default async function MyOrdersPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in?next=%2Forders");
  if (actor.role !== "CUSTOMER") {
    return (
      <>
        <PageHeader title="My orders" />
        <Alert tone="info" title="Orders belong to customer accounts">
          You are signed in with a seller or admin account. Manage orders in the Healio console.
        </Alert>
      </>
    );
  }
  const api = await serverApi();
  const firstPage = await api.order.mine({ limit: PAGE_SIZE });
  return (
    <>
      <PageHeader title="My orders" description="Follow your orders from the pharmacy to your door." />
      <OrderList initialPage={firstPage} pageSize={PAGE_SIZE} />
    </>
  );
}
