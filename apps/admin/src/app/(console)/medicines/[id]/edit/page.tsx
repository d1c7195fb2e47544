import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@healio/ui";
import { ListingForm } from "@/components/catalogue/listing-form";
import { requireMe, serverApi } from "@/trpc/server";
import { loadListing } from "../load-listing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return {};
  const listing = await loadListing((await params).id);
  return { title: `Edit ${listing.name}` };
}

export default async function EditMedicinePage({ params }: Props) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const listing = await loadListing((await params).id);
  const breadcrumb = (
    <nav aria-label="Breadcrumb">
      <Link href="/medicines">Medicines</Link> / <Link href={`/medicines/${listing.id}`}>{listing.name}</Link> / Edit
    </nav>
  );
  if (listing.sellerId !== me.id) {
    return (
      <>
        <PageHeader eyebrow={breadcrumb} title={`Edit ${listing.name}`} />
        <Alert tone="info" title="Only the seller who owns this listing can edit it">
          Administrators can archive listings from the <Link href={`/medicines/${listing.id}`}>medicine page</Link>.
        </Alert>
      </>
    );
  }
  const api = await serverApi();
  const categories = await api.category.tree();
  return (
    <>
      <PageHeader eyebrow={breadcrumb} title={`Edit ${listing.name}`} description="Stock is changed on the medicine page, where every change is recorded." />
      <ListingForm categories={categories} listing={listing} />
    </>
  );
}
