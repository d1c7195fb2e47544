import Link from "next/link";
import type { Ref } from "react";
import type { CartView } from "@healio/api/cart/cart.schema";
import { Alert, Button, Card, Money } from "@healio/ui";
import { CartTotals, problemText } from "@/components/cart/cart-lines";
import type { PlaceProblem } from "./place-order-problem";

/** Lines and totals per pharmacy: each becomes its own order. */
function SellerSummaries({ cart }: { cart: CartView }) {
  return (
    <ol className="hl-stack" style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label="Orders in this checkout">
      {cart.sellers.map((seller, i) => {
        const lines = cart.lines.filter((l) => l.seller.id === seller.sellerId);
        return (
          <li key={seller.sellerId} className="hl-stack hl-stack--sm">
            <h3 className="hl-small" style={{ margin: 0 }}>
              {cart.sellers.length > 1 ? `Order ${i + 1} of ${cart.sellers.length}: ` : ""}
              {seller.storeName}
            </h3>
            <ul className="hl-small" style={{ margin: 0, paddingLeft: "1.1rem" }}>
              {lines.map((l) => (
                <li key={l.medicineId}>
                  {l.name} × {l.quantity} — <Money cents={l.lineTotalCents} />
                </li>
              ))}
            </ul>
            <p className="hl-small hl-muted" style={{ margin: 0 }}>
              Shipping {seller.shippingCents === 0 ? "free" : <Money cents={seller.shippingCents} />} · Order total{" "}
              <Money cents={seller.totalCents} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** Why the last attempt was refused; focusable so keyboard and screen-reader users hear it. */
function ProblemAlert({ problem }: { problem: PlaceProblem | null }) {
  if (problem?.kind === "price_changed") {
    return (
      <Alert tone="warning" title="Prices have changed">
        <p>
          Some prices changed since you opened your cart. The new total is <Money cents={problem.totalCents} /> (it was{" "}
          <Money cents={problem.expectedTotalCents} />
          ). Review the summary above, then confirm.
        </p>
      </Alert>
    );
  }
  if (problem?.kind === "stock") {
    return (
      <Alert tone="danger" title="Not enough stock">
        <ul className="problem-list">
          {problem.items.map((item) => (
            <li key={item.name}>
              {item.available === 0
                ? `${item.name} is out of stock.`
                : `Only ${item.available} left of ${item.name} (you asked for ${item.requested}).`}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/cart">Update your cart</Link> and try again.
        </p>
      </Alert>
    );
  }
  if (problem?.kind === "message") {
    return (
      <Alert tone="danger" title={problem.title}>
        <p>{problem.text}</p>
        {problem.fixInCart ? (
          <p>
            <Link href="/cart">Review your cart</Link>
          </p>
        ) : null}
        {problem.ordersLink ? (
          <p>
            <Link href="/orders">Go to my orders</Link>
          </p>
        ) : null}
      </Alert>
    );
  }
  return null;
}

type Props = {
  cart: CartView;
  problem: PlaceProblem | null;
  problemRef: Ref<HTMLDivElement>;
  /** The customer must fix the cart or verify their e-mail first. */
  blocked: boolean;
  placing: boolean;
  /** The new total the customer is asked to confirm after a price change, else null. */
  confirmTotal: number | null;
  hasPrescriptionItems: boolean;
  paymentMethod: string;
};

export function OrderSummary({ cart, problem, problemRef, blocked, placing, confirmTotal, hasPrescriptionItems, paymentMethod }: Props) {
  const cartProblems = cart.lines.filter((l) => l.problem);
  return (
    <Card as="section" className="checkout-section cart-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Order summary</h2>
      {cart.sellers.length > 1 ? (
        <p className="hl-small hl-muted" style={{ margin: 0 }}>
          Your items come from {cart.sellers.length} pharmacies, so this checkout creates {cart.sellers.length} orders.
        </p>
      ) : null}
      <SellerSummaries cart={cart} />
      <CartTotals cart={cart} label="Checkout totals" />

      <div ref={problemRef} tabIndex={-1}>
        <ProblemAlert problem={problem} />
      </div>

      {cartProblems.length > 0 ? (
        <Alert tone="warning" title="Some items need your attention">
          <ul className="problem-list">
            {cartProblems.map((l) => (
              <li key={l.medicineId}>
                {l.name}: {problemText(l)}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/cart">Fix them in your cart</Link> to continue.
          </p>
        </Alert>
      ) : null}

      <Button type="submit" size="lg" block loading={placing} disabled={blocked}>
        {confirmTotal !== null ? (
          <>
            Confirm and place order · <Money cents={confirmTotal} />
          </>
        ) : (
          <>
            Place order · <Money cents={cart.totalCents} />
          </>
        )}
      </Button>
      {hasPrescriptionItems ? (
        <p className="hl-small hl-muted" style={{ margin: 0 }}>
          With a newly uploaded prescription, the order waits for a pharmacist before it is prepared.
        </p>
      ) : null}
      <p className="hl-small hl-muted" style={{ margin: 0 }}>
        You pay {paymentMethod === "CASH_ON_DELIVERY" ? "in cash" : "as agreed"} when your{" "}
        {cart.sellers.length > 1 ? "parcels arrive" : "parcel arrives"}.
      </p>
    </Card>
  );
}
