import Link from "next/link";
import type { ReactNode } from "react";
import { Card, RxBadge, StockBadge } from "@healio/ui";
import { SaleBadge, SalePrice } from "@healio/client/sales";
import type { MedicineCardData } from "@/trpc/types";
import { AddToCartButton } from "./cart/add-to-cart-button";
import { MedicineImage } from "./medicine/medicine-image";
import { Stars } from "./reviews/stars";
import "./reviews/reviews.css";
import "./medicine/medicine.css";

/** One catalogue card (`note`: a line about this card in its context, e.g. a sale's limits); the whole card is clickable through the title link (stretched with CSS). */
export function MedicineCard({ medicine, note, idPrefix = "medicine" }: { medicine: MedicineCardData; note?: ReactNode; idPrefix?: string }) {
  // The same medicine can be on a page twice (the flash-sale strip and the grid): ids stay unique.
  const headingId = `${idPrefix}-${medicine.id}`;
  return (
    <Card as="li" interactive className="medicine-card" aria-labelledby={headingId}>
      <MedicineImage className="medicine-card__image" imageUrl={medicine.imageUrl} name={medicine.name} dosageForm={medicine.dosageForm} />
      <h3 className="medicine-card__title" id={headingId}>
        <Link href={`/medicines/${medicine.slug}`} className="medicine-card__link">
          {medicine.name}
        </Link>
      </h3>
      <p className="medicine-card__meta">
        {medicine.strength} · {medicine.dosageForm}
      </p>
      <p className="medicine-card__maker">{medicine.manufacturer.name}</p>
      <p className="medicine-card__seller">
        <span className="hl-muted">Sold by </span>
        {medicine.seller.storeName}
      </p>
      {medicine.rating.count > 0 ? (
        <p className="medicine-card__rating">
          <Stars value={medicine.rating.average} label={false} />
          <span>
            <span className="hl-visually-hidden">Rated </span>
            {medicine.rating.average.toFixed(1)}
            <span className="hl-visually-hidden"> out of 5</span>
            <span className="hl-muted">
              {" "}
              ({medicine.rating.count}
              <span className="hl-visually-hidden"> review{medicine.rating.count === 1 ? "" : "s"}</span>)
            </span>
          </span>
        </p>
      ) : null}
      <div className="medicine-card__footer">
        <p className="medicine-card__price">
          <span className="hl-visually-hidden">Price: </span>
          <SalePrice priceCents={medicine.priceCents} listPriceCents={medicine.listPriceCents} />
        </p>
        <div className="medicine-card__badges">
          {medicine.sale ? <SaleBadge percentOff={medicine.sale.percentOff} /> : null}
          {medicine.requiresPrescription ? <RxBadge /> : null}
          <StockBadge status={medicine.stockState} />
        </div>
      </div>
      {note ? <p className="medicine-card__note hl-small">{note}</p> : null}
      <AddToCartButton medicine={medicine} />
    </Card>
  );
}
