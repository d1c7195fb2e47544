import Link from "next/link";
import { Countdown } from "@healio/client/sales";
import { LocalDateTime } from "@healio/client/dates";
import type { RouterOutputs } from "@/trpc/types";
import { MedicineCard } from "../medicine-card";
import { saleOfferNote } from "./sale-offer-note";
import "./sales.css";

export type FlashSaleStripData = RouterOutputs["sale"]["strip"];

/**
 * The home page's flash-sale strip: each live event with its countdown (on the server's clock) and
 * a row of its medicines, then the next events to start. Nothing at all when no sale is on or near.
 */
export function FlashSaleStrip({ strip }: { strip: FlashSaleStripData }) {
  if (strip.live.length === 0 && strip.upcoming.length === 0) return null;
  return (
    <section className="flash-strip hl-stack" aria-labelledby="flash-strip-heading">
      <h2 id="flash-strip-heading" className="flash-strip__heading">
        Flash sales
      </h2>
      {strip.live.map((event) => {
        const headingId = `flash-${event.id}`;
        return (
          <section key={event.id} className="flash-event" aria-labelledby={headingId}>
            <header className="flash-event__header">
              <h3 id={headingId} className="flash-event__title">
                <Link href={`/sales/${event.slug}`}>{event.name}</Link>
              </h3>
              <p className="flash-event__clock">
                <Countdown target={event.endsAt} serverTime={strip.serverTime} label="Ends in" />
              </p>
              <Link href={`/sales/${event.slug}`} className="flash-event__all">
                See all offers<span className="hl-visually-hidden"> in {event.name}</span> →
              </Link>
            </header>
            <ul className="flash-event__offers" aria-label={`Offers in ${event.name}`}>
              {event.offers.map((offer) => (
                <MedicineCard key={offer.medicine.id} idPrefix={`flash-${event.id}`} medicine={offer.medicine} note={saleOfferNote(offer, event.phase)} />
              ))}
            </ul>
          </section>
        );
      })}
      {strip.upcoming.length > 0 ? (
        <div className="flash-upcoming">
          <h3 className="flash-upcoming__heading">Coming up</h3>
          <ul className="flash-upcoming__list">
            {strip.upcoming.map((event) => (
              <li key={event.id}>
                <Link href={`/sales/${event.slug}`}>{event.name}</Link>
                <span className="hl-muted hl-small">
                  {" "}
                  · starts <LocalDateTime value={event.startsAt} /> ·{" "}
                  <Countdown target={event.startsAt} serverTime={strip.serverTime} label="in" elapsedLabel="starting now" />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
