"use client";

import "./cart.css";
import Link from "next/link";
import { FREE_SHIPPING_THRESHOLD_CENTS } from "@healio/api/pricing/price-lines";
import { Alert, Button, Card, EmptyState, LoadingState, buttonClassName, formatMoney } from "@healio/ui";
import { useCart } from "./cart-provider";
import { CartLines, CartTotals } from "./cart-lines";
import { useDisplayCart } from "./use-display-cart";

export function CartPageView() {
  const { shopper, mergeNotice, dismissMergeNotice } = useCart();
  const state = useDisplayCart();

  if (state.status === "loading") return <LoadingState label="Loading your cart…" />;
  if (state.status === "error") {
    return (
      <Alert tone="danger" title="We could not load your cart">
        <p>{state.message}</p>
        <Button variant="secondary" size="sm" onClick={state.retry}>
          Try again
        </Button>
      </Alert>
    );
  }

  const { cart } = state;
  const notice = mergeNotice ? (
    <Alert tone="warning">
      <p>{mergeNotice}</p>
      <Button variant="ghost" size="sm" onClick={dismissMergeNotice}>
        Dismiss
      </Button>
    </Alert>
  ) : null;

  if (cart.lines.length === 0) {
    return (
      <div className="hl-stack">
        {notice}
        <EmptyState
          title="Your cart is empty"
          description="Browse the catalogue and add the medicines you need."
          action={
            <Link href="/" className={buttonClassName()}>
              Browse medicines
            </Link>
          }
        />
      </div>
    );
  }

  const problems = cart.lines.filter((l) => l.problem).length;
  const parcels = cart.sellers.length;

  return (
    <div className="hl-stack">
      {notice}
      <div className="cart-layout">
        <CartLines cart={cart} />
        <Card as="section" className="cart-summary hl-stack" aria-labelledby="cart-summary-heading">
          <h2 id="cart-summary-heading">Order summary</h2>
          <p className="hl-small hl-muted">
            {cart.itemCount} {cart.itemCount === 1 ? "item" : "items"}
            {parcels > 1 ? ` from ${parcels} pharmacies: each ships its own parcel and is its own order.` : "."}
          </p>
          <CartTotals cart={cart} />
          <p className="hl-small hl-muted">
            Shipping is free on orders of {formatMoney(FREE_SHIPPING_THRESHOLD_CENTS)} or more from one pharmacy.
          </p>
          {problems > 0 ? (
            <Alert tone="warning" title={problems === 1 ? "One item needs your attention" : `${problems} items need your attention`}>
              Change the quantity or remove the items marked above to check out. The total leaves them out.
            </Alert>
          ) : null}
          {shopper === "customer" ? (
            cart.canCheckout ? (
              <Link href="/checkout" className={buttonClassName({ block: true, size: "lg" })}>
                Go to checkout
              </Link>
            ) : (
              <Button block size="lg" disabled>
                Go to checkout
              </Button>
            )
          ) : (
            <div className="hl-stack hl-stack--sm">
              <Link href="/sign-in?next=%2Fcheckout" className={buttonClassName({ block: true, size: "lg" })}>
                Sign in to check out
              </Link>
              <p className="hl-small hl-muted">
                Your cart is kept on this device and moves to your account when you sign in.{" "}
                <Link href="/sign-up?next=%2Fcheckout">Create an account</Link>
              </p>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
