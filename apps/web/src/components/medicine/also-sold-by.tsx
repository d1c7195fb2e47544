import Link from "next/link";
import { StockBadge } from "@healio/ui";
import { SaleBadge, SalePrice } from "@healio/client/sales";
import type { MedicineCardData } from "@/trpc/types";

/**
 * "Also sold by": other pharmacies selling the same product (generic name, strength, form and
 * pack size), cheapest first at today's price. Nothing is shown when there are none.
 */
export function AlsoSoldBy({ offers }: { offers: MedicineCardData[] }) {
  if (offers.length === 0) return null;
  return (
    <section className="hl-stack hl-stack--sm" aria-labelledby="also-sold-by-heading">
      <h2 id="also-sold-by-heading" className="also-sold-by__title">
        Also sold by
      </h2>
      <ul className="also-sold-by">
        {offers.map((offer) => (
          <li key={offer.id} className="also-sold-by__offer">
            <div>
              <Link href={`/medicines/${offer.slug}`} className="also-sold-by__store">
                {offer.seller.storeName}
              </Link>
              <p className="hl-small hl-muted">
                {offer.name} · {offer.manufacturer.name}
              </p>
            </div>
            <div className="also-sold-by__price">
              <SalePrice priceCents={offer.priceCents} listPriceCents={offer.listPriceCents} />
              <span className="also-sold-by__badges">
                {offer.sale ? <SaleBadge percentOff={offer.sale.percentOff} /> : null}
                <StockBadge status={offer.stockState} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
