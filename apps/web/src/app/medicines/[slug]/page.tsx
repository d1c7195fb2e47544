import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Alert, Badge, Card, PageHeader, RxBadge, StockBadge, stockLabel } from "@healio/ui";
import { Countdown, SaleBadge, SalePrice } from "@healio/client/sales";
import { orNotFound } from "@healio/client/server/load";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { catalogueHref } from "@/components/catalogue/catalogue-url";
import { RatingSummary } from "@/components/catalogue/rating-summary";
import { currentShopper } from "@/components/cart/shopper";
import { ReviewSection } from "@/components/reviews/review-section";
import { AlsoSoldBy } from "@/components/medicine/also-sold-by";
import { LeafletSections } from "@/components/medicine/leaflet-sections";
import { LotExpiry } from "@/components/medicine/lot-expiry";
import { MedicineImage } from "@/components/medicine/medicine-image";
import { serverApi } from "@/trpc/server";
import "@/components/medicine/medicine.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One lookup shared by generateMetadata and the page; a missing or archived medicine is a 404. */
const getMedicine = cache((slug: string) => orNotFound(async () => (await serverApi()).medicine.bySlug({ slug })));

/** Other pharmacies' offers; the page still renders without them if they cannot be read. */
async function alsoSoldBy(id: string) {
  try {
    return await (await serverApi()).medicine.alsoSoldBy({ id });
  } catch (error) {
    console.error("Could not load other sellers", error);
    return [];
  }
}

/** Root-to-category path; only the category itself if the path cannot be read. */
async function categoryPath(category: { id: string; name: string; slug: string }) {
  try {
    const api = await serverApi();
    return await api.category.breadcrumbs({ slug: category.slug });
  } catch (error) {
    console.error("Could not load the category breadcrumbs", error);
    return [category];
  }
}

/** Seeded and seller names often already carry the strength ("Ibuprofen 200 mg Tablets"). */
function displayName(medicine: { name: string; strength: string }): string {
  return medicine.name.toLowerCase().includes(medicine.strength.toLowerCase())
    ? medicine.name
    : `${medicine.name} ${medicine.strength}`;
}

/** A search-result sized summary: the seller's description, or the facts when there is none. */
function summary(medicine: Awaited<ReturnType<typeof getMedicine>>): string {
  const facts = `${displayName(medicine)} (${medicine.genericName}), ${medicine.dosageForm}, ${medicine.packSize}, by ${medicine.manufacturer.name}. Sold by ${medicine.seller.storeName}.`;
  const text = medicine.description.replace(/\s+/g, " ").trim();
  if (!text) return facts;
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const medicine = await getMedicine(slug);
  const title = displayName(medicine);
  const description = summary(medicine);
  return {
    title,
    description,
    alternates: { canonical: `/medicines/${medicine.slug}` },
    openGraph: {
      type: "website",
      title,
      description,
      url: `/medicines/${medicine.slug}`,
      ...(medicine.imageUrl ? { images: [{ url: medicine.imageUrl, alt: title }] } : {}),
    },
  };
}

function serverNow(): Date {
  return new Date();
}

const count = new Intl.NumberFormat("en-US");

export default async function MedicinePage({ params }: Props) {
  const { slug } = await params;
  const medicine = await getMedicine(slug);
  const path = await categoryPath(medicine.category);
  const name = displayName(medicine);
  const viewer = await currentShopper();
  const otherSellers = await alsoSoldBy(medicine.id);
  // This render runs on the server beside the API: its clock is the one the sale price follows.
  const renderedAt = serverNow();

  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs
            currentIsPage={false}
            crumbs={[
              { name: "All medicines", href: "/" },
              ...path.map((c) => ({ name: c.name, href: catalogueHref({}, { category: c.slug }) })),
            ]}
          />
        }
        title={name}
        description={`${medicine.genericName} · ${medicine.dosageForm} · ${medicine.packSize}`}
      />
      <div className="medicine-detail">
        <div className="hl-stack">
          <Card padded className="hl-stack">
            <div className="hl-row">
              {medicine.requiresPrescription ? <RxBadge /> : <Badge>Over the counter</Badge>}
              {medicine.rating.count > 0 ? (
                <a href="#rating-heading" className="hl-small">
                  ★ {medicine.rating.average.toFixed(1)} ({count.format(medicine.rating.count)} review
                  {medicine.rating.count === 1 ? "" : "s"})
                </a>
              ) : null}
            </div>
            {medicine.requiresPrescription ? (
              <Alert tone="info" title="Prescription required">
                A pharmacist checks a valid prescription before this medicine is dispensed.
              </Alert>
            ) : null}
            <MedicineImage className="medicine-detail__image" imageUrl={medicine.imageUrl} name={`Pack of ${name}`} dosageForm={medicine.dosageForm} />
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
              <dd>
                <Link href={catalogueHref({}, { manufacturer: medicine.manufacturer.id })}>{medicine.manufacturer.name}</Link>
              </dd>
              <dt>Category</dt>
              <dd>
                <Link href={catalogueHref({}, { category: medicine.category.slug })}>{medicine.category.name}</Link>
              </dd>
              <dt>Prescription</dt>
              <dd>{medicine.requiresPrescription ? "Required (Rx only)" : "Not required"}</dd>
              <dt>Sold by</dt>
              <dd>{medicine.seller.storeName}</dd>
            </dl>
            <LeafletSections leaflet={medicine.leaflet} />
          </Card>
          {otherSellers.length > 0 ? (
            <Card padded>
              <AlsoSoldBy offers={otherSellers} />
            </Card>
          ) : null}
          <Card padded>
            <RatingSummary summary={medicine.ratingSummary} />
          </Card>
          <Card padded>
            <ReviewSection
              medicineId={medicine.id}
              viewer={viewer}
              signInHref={`/sign-in?next=${encodeURIComponent(`/medicines/${medicine.slug}`)}`}
            />
          </Card>
        </div>
        <Card padded className="hl-stack medicine-buy" aria-label="Price and availability">
          <p className="medicine-detail__price">
            <span className="hl-visually-hidden">Price: </span>
            <SalePrice priceCents={medicine.priceCents} listPriceCents={medicine.listPriceCents} />
          </p>
          {medicine.sale ? (
            <div className="medicine-detail__sale hl-stack hl-stack--sm">
              <p className="hl-row">
                <SaleBadge percentOff={medicine.sale.percentOff} />
                <Link href={`/sales/${medicine.sale.eventSlug}`}>{medicine.sale.eventName}</Link>
              </p>
              <p className="hl-small">
                <Countdown target={medicine.sale.endsAt} serverTime={renderedAt} label="Sale price ends in" />
              </p>
            </div>
          ) : null}
          <p className="medicine-detail__stock">
            <span className="hl-visually-hidden">Availability: </span>
            <StockBadge status={medicine.stockState} />
          </p>
          <LotExpiry expiresAt={medicine.nextLotExpiresAt} />
          <p className="hl-muted hl-small medicine-buy__note">
            {stockLabel(medicine.stockState)} · sold by {medicine.seller.storeName}
          </p>
          <AddToCartButton medicine={medicine} variant="detail" />
        </Card>
      </div>
    </>
  );
}
