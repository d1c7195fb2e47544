"use client";

import Link from "next/link";
import { useState } from "react";
import type { CartLine, CartView } from "@healio/api/cart/cart.schema";
import { Badge, Button, Card, Money, RxBadge, cx } from "@healio/ui";
import { apiErrorMessage } from "@healio/client/api-error";
import { SaleBadge, SalePrice } from "@healio/client/sales";
import { useCart } from "./cart-provider";
import { QuantityStepper } from "./quantity-stepper";

/** "Only 2 left" / "Out of stock" / "No longer available", or null. */
export function problemText(line: CartLine): string | null {
  const p = line.problem;
  if (!p) return null;
  if (p.kind === "inactive") return "No longer available";
  if (p.kind === "out_of_stock") return "Out of stock";
  return `Only ${p.available} left`;
}

/** " · 3 left at this price · limit 2 per customer" (the checkout enforces both). */
function saleLimits(sale: NonNullable<CartLine["sale"]>): string {
  const parts = [
    sale.remaining !== null ? `${sale.remaining} left at this price` : "",
    sale.perCustomerLimit !== null ? `limit ${sale.perCustomerLimit} per customer` : "",
  ].filter(Boolean);
  return parts.length ? ` · ${parts.join(" · ")}` : "";
}

function displayName(line: { name: string; strength: string }): string {
  return line.strength && !line.name.toLowerCase().includes(line.strength.toLowerCase())
    ? `${line.name} ${line.strength}`
    : line.name;
}

function CartLineItem({ line }: { line: CartLine }) {
  const cart = useCart();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = displayName(line);
  const ref = { medicineId: line.medicineId, slug: line.slug, name: line.name };
  const problem = problemText(line);
  const unavailable = line.problem?.kind === "inactive";

  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(apiErrorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <Card as="li" className={cx("cart-line", problem && "cart-line--problem")} aria-busy={pending || undefined}>
      <div>
        <h3 className="cart-line__name">
          {unavailable ? name : <Link href={`/medicines/${line.slug}`}>{name}</Link>}
        </h3>
        {line.packSize ? <p className="cart-line__meta">{line.packSize}</p> : null}
        <div className="hl-row">
          {line.requiresPrescription ? <RxBadge /> : null}
          {problem ? <Badge tone={line.problem?.kind === "insufficient_stock" ? "warning" : "danger"}>{problem}</Badge> : null}
        </div>
        {line.problem?.kind === "insufficient_stock" ? (
          <p className="cart-line__problem hl-small">
            You asked for {line.quantity}.{" "}
            <Button variant="ghost" size="sm" onClick={() => run(() => cart.setQuantity(ref, line.available))}>
              Change to {line.available}
            </Button>
          </p>
        ) : line.problem ? (
          <p className="cart-line__problem hl-small">Remove it to check out.</p>
        ) : null}
        {error ? (
          <p className="hl-small add-to-cart__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="cart-line__actions">
        <QuantityStepper
          value={line.quantity}
          label={`Quantity of ${name}`}
          disabled={pending || unavailable}
          onChange={(q) => run(() => cart.setQuantity(ref, q))}
        />
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => cart.remove(ref))} aria-label={`Remove ${name} from cart`}>
          Remove
        </Button>
      </div>
      <div className={cx("cart-line__price", problem && "hl-muted")}>
        {unavailable ? null : (
          <>
            <p className="cart-line__total">
              <Money cents={line.lineTotalCents} />
            </p>
            <p className="hl-small hl-muted">
              {line.sale ? (
                <SalePrice priceCents={line.sale.salePriceCents} listPriceCents={line.unitPriceCents} />
              ) : (
                <Money cents={line.unitPriceCents} />
              )}{" "}
              each
            </p>
            {line.sale ? (
              <p className="hl-small">
                <SaleBadge percentOff={0} /> <Link href={`/sales/${line.sale.eventSlug}`}>{line.sale.eventName}</Link>
                {saleLimits(line.sale)}
              </p>
            ) : null}
          </>
        )}
      </div>
    </Card>
  );
}

/** Lines grouped by pharmacy (each pharmacy ships its own parcel and becomes its own order). */
export function CartLines({ cart }: { cart: CartView }) {
  const groups: { key: string; storeName: string; lines: CartLine[] }[] = [];
  for (const line of cart.lines) {
    const key = line.seller.id || "unavailable";
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, storeName: line.seller.storeName, lines: [] };
      groups.push(group);
    }
    group.lines.push(line);
  }
  return (
    <div className="hl-stack">
      {groups.map((g) => {
        const headingId = `cart-seller-${g.key}`;
        return (
          <section key={g.key} className="cart-seller" aria-labelledby={headingId}>
            <h2 id={headingId} className="cart-seller__heading">
              {g.key === "unavailable" ? "No longer available" : `Sold by ${g.storeName}`}
            </h2>
            <ul className="cart-lines">
              {g.lines.map((line) => (
                <CartLineItem key={line.medicineId} line={line} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Subtotal, discount, shipping and total (totals cover lines without a problem). */
export function CartTotals({ cart, label = "Cart totals" }: { cart: Pick<CartView, "subtotalCents" | "discountCents" | "shippingCents" | "totalCents">; label?: string }) {
  return (
    <dl className="totals" aria-label={label}>
      <dt>Subtotal</dt>
      <dd>
        <Money cents={cart.subtotalCents} />
      </dd>
      {cart.discountCents > 0 ? (
        <>
          <dt>Discount</dt>
          <dd>
            −<Money cents={cart.discountCents} />
          </dd>
        </>
      ) : null}
      <dt>Shipping</dt>
      <dd>{cart.shippingCents === 0 ? "Free" : <Money cents={cart.shippingCents} />}</dd>
      <dt className="totals__grand">Total</dt>
      <dd className="totals__grand">
        <Money cents={cart.totalCents} />
      </dd>
    </dl>
  );
}
