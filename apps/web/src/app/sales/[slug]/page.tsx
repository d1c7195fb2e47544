import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Alert, EmptyState, PageHeader, buttonClassName } from "@healio/ui";
import { Countdown } from "@healio/client/sales";
import { LocalDateTime } from "@healio/client/dates";
import { orNotFound } from "@healio/client/server/load";
import { MedicineCard } from "@/components/medicine-card";
import { saleOfferNote } from "@/components/sales/sale-offer-note";
import { serverApi } from "@/trpc/server";
import "@/components/sales/sales.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One lookup shared by generateMetadata and the page; an unknown slug is a 404. */
const getSale = cache((slug: string) => orNotFound(async () => (await serverApi()).sale.bySlug({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sale = await getSale((await params).slug);
  return {
    title: sale.name,
    description: sale.description || `${sale.name}: flash-sale prices on genuine medicines from licensed pharmacies.`,
    alternates: { canonical: `/sales/${sale.slug}` },
  };
}

export default async function SalePage({ params }: Props) {
  const sale = await getSale((await params).slug);
  const when = (
    <>
      <LocalDateTime value={sale.startsAt} /> – <LocalDateTime value={sale.endsAt} />
    </>
  );
  return (
    <>
      <PageHeader eyebrow="Flash sale" title={sale.name} description={sale.description || undefined} />
      <div className="hl-stack">
        <div className="sale-page__status">
          {sale.phase === "live" ? (
            <p>
              <Countdown target={sale.endsAt} serverTime={sale.serverTime} label="Ends in" elapsedLabel="This sale is ending…" />
            </p>
          ) : null}
          {sale.phase === "upcoming" ? (
            <p>
              <Countdown target={sale.startsAt} serverTime={sale.serverTime} label="Starts in" elapsedLabel="Starting now…" />
            </p>
          ) : null}
          <p className="hl-small hl-muted">{when}</p>
        </div>
        {sale.phase === "ended" ? (
          <Alert tone="info" title="This sale has ended">
            Prices below are today&apos;s prices.
          </Alert>
        ) : null}
        {sale.phase === "cancelled" ? (
          <Alert tone="warning" title="This sale was cancelled">
            Its sale prices no longer apply; prices below are today&apos;s prices.
          </Alert>
        ) : null}
        {sale.offers.length === 0 ? (
          <EmptyState
            title="No medicines in this sale yet"
            description="Check back soon, or browse the whole catalogue."
            action={
              <Link href="/" className={buttonClassName()}>
                Browse medicines
              </Link>
            }
          />
        ) : (
          <ul className="hl-grid medicine-grid" aria-label={`Medicines in ${sale.name}`}>
            {sale.offers.map((offer) => (
              <MedicineCard key={offer.medicine.id} medicine={offer.medicine} note={saleOfferNote(offer, sale.phase)} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
