import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@healio/ui";
import { ListingForm } from "@/components/catalogue/listing-form";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "New medicine" };
export const dynamic = "force-dynamic";

export default async function NewMedicinePage() {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  if (me.role !== "SELLER") {
    return (
      <>
        <PageHeader title="New medicine" />
        <Alert tone="info" title="Only sellers list medicines">
          Administrators moderate listings but do not own them. <Link href="/medicines">Back to medicines</Link>
        </Alert>
      </>
    );
  }
  const api = await serverApi();
  const categories = await api.category.tree();
  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href="/medicines">Medicines</Link> / New
          </nav>
        }
        title="New medicine"
        description="It goes on sale in the storefront as soon as you create it."
      />
      <ListingForm categories={categories} />
    </>
  );
}
