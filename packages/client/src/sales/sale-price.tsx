import { Badge, Money, cx } from "@healio/ui";

export interface SalePriceProps {
  /** What the customer pays per unit now (or paid, on an order line). */
  priceCents: number;
  /** The list price; struck through when above `priceCents`. */
  listPriceCents: number;
  className?: string;
}

/**
 * A price, with the list price struck through beside it when a flash sale lowers it. Screen
 * readers hear "Sale price $8.00, was $10.00" instead of two bare amounts.
 */
export function SalePrice({ priceCents, listPriceCents, className }: SalePriceProps) {
  if (priceCents >= listPriceCents) return <Money cents={priceCents} className={className} />;
  return (
    <span className={cx("sale-price", className)}>
      <span className="hl-visually-hidden">Sale price </span>
      <Money cents={priceCents} className="sale-price__now" />{" "}
      <s className="sale-price__was">
        <span className="hl-visually-hidden">was </span>
        <Money cents={listPriceCents} />
      </s>
    </span>
  );
}

/** "Flash sale −20%" on cards and pages while a sale prices the medicine. */
export function SaleBadge({ percentOff }: { percentOff: number }) {
  return (
    <Badge tone="danger" className="sale-badge" title="Flash sale price">
      Flash sale{percentOff > 0 ? ` −${percentOff}%` : ""}
    </Badge>
  );
}
