import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { Alert, Card, Money, PageHeader, RxBadge, StockBadge, stockLabel } from "@healio/ui";
import { serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One lookup shared by generateMetadata and the page; a missing medicine is a 404. */
const getMedicine = cache(async (slug: string) => {
  try {
    const api = await serverApi();
    return await api.medicine.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

/** Seeded and seller names often already carry the strength ("Ibuprofen 200 mg Tablets"). */
function displayName(medicine: { name: string; strength: string }): string {
  return medicine.name.toLowerCase().includes(medicine.strength.toLowerCase())
    ? medicine.name
    : `${medicine.name} ${medicine.strength}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const medicine = await getMedicine(slug);
  return {
    title: displayName(medicine),
    description: `${medicine.name} (${medicine.genericName}) ${medicine.strength} ${medicine.dosageForm} by ${medicine.manufacturer.name}.`,
  };
}

export default async function MedicinePage({ params }: Props) {
  const { slug } = await params;
  const medicine = await getMedicine(slug);

  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href="/">Medicines</Link> /{" "}
            <Link href={`/?category=${encodeURIComponent(medicine.category.slug)}`}>{medicine.category.name}</Link>
          </nav>
        }
        title={displayName(medicine)}
        description={`${medicine.genericName} · ${medicine.dosageForm} · ${medicine.packSize}`}
      />
      <div className="medicine-detail">
        <Card padded className="hl-stack">
          <div className="hl-row">
            {medicine.requiresPrescription ? <RxBadge /> : null}
            <StockBadge status={medicine.stockState} />
          </div>
          {medicine.description ? (
            <p className="medicine-detail__description">{medicine.description}</p>
          ) : (
            <p className="hl-muted">No description provided by the pharmacy.</p>
          )}
          <dl className="hl-dl">
            <dt>Generic name</dt>
            <dd>{medicine.genericName}</dd>
            <dt>Strength</dt>
            <dd>{medicine.strength}</dd>
            <dt>Dosage form</dt>
            <dd>{medicine.dosageForm}</dd>
            <dt>Pack size</dt>
            <dd>{medicine.packSize}</dd>
            <dt>Manufacturer</dt>
            <dd>{medicine.manufacturer.name}</dd>
            <dt>Sold by</dt>
            <dd>{medicine.seller.storeName}</dd>
          </dl>
        </Card>
        <Card padded className="hl-stack" aria-label="Price and availability">
          <p className="medicine-detail__price">
            <span className="hl-visually-hidden">Price: </span>
            <Money cents={medicine.priceCents} />
          </p>
          <p className="hl-muted hl-small">Availability: {stockLabel(medicine.stockState)}</p>
          {medicine.requiresPrescription ? (
            <Alert tone="info" title="Prescription required">
              A pharmacist checks a valid prescription before this medicine is dispensed.
            </Alert>
          ) : null}
        </Card>
      </div>
    </>
  );
}
