import { Card } from "@healio/ui";

type Props = { method: { method: string; label: string; description: string } };

/** The payment method of the checkout (cash on delivery is the only one offered today). */
export function PaymentSection({ method }: Props) {
  return (
    <Card as="section" className="checkout-section" aria-labelledby="payment-heading">
      <h2 id="payment-heading">Payment</h2>
      <fieldset className="checkout-fieldset">
        <legend className="hl-visually-hidden">Payment method</legend>
        <label className="choice">
          <input type="radio" name="paymentMethod" value={method.method} checked readOnly />
          <span className="choice__text">
            <strong>{method.label}</strong>
            <span>{method.description}</span>
          </span>
        </label>
      </fieldset>
    </Card>
  );
}
