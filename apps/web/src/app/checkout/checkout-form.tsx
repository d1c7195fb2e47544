"use client";

import "@/components/cart/cart.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { addressFields, phoneSchema } from "@healio/api/address/address.schema";
import type { CartView } from "@healio/api/cart/cart.schema";
import { Alert, Badge, Button, Card, EmptyState, LoadingState, Money, TextField, buttonClassName } from "@healio/ui";
import { ResendVerification } from "@/app/account/resend-verification";
import { CartTotals, problemText } from "@/components/cart/cart-lines";
import { PrescriptionStep } from "@/components/checkout/prescription-step";
import { useCart, useServerCart } from "@/components/cart/cart-provider";
import { newIdempotencyKey } from "@/components/cart/idempotency-key";
import { addressOneLine } from "@healio/client/orders";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import type { RouterInputs } from "@/trpc/types";

/** The new-address fields of the form, validated with the API's own address schema. */
const newAddressSchema = z.object({
  fullName: addressFields.fullName,
  line1: addressFields.line1,
  line2: addressFields.line2,
  city: addressFields.city,
  region: addressFields.region,
  postalCode: addressFields.postalCode,
  country: addressFields.country,
});
const phoneFormSchema = z.object({ phone: phoneSchema });

type FieldName = "fullName" | "line1" | "line2" | "city" | "region" | "postalCode" | "country" | "phone" | "addressId";
type FieldErrors = Partial<Record<FieldName, string>>;

const COUNTRIES: [string, string][] = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["IE", "Ireland"],
  ["AU", "Australia"],
  ["NZ", "New Zealand"],
  ["DE", "Germany"],
  ["FR", "France"],
  ["NL", "Netherlands"],
  ["ES", "Spain"],
  ["IT", "Italy"],
];

type PlaceProblem =
  | { kind: "price_changed"; expectedTotalCents: number; totalCents: number }
  | { kind: "stock"; items: { name: string; requested: number; available: number }[] }
  | { kind: "message"; title: string; text: string; fixInCart?: boolean; ordersLink?: boolean };

const NEW = "new";

/** The schema says "Required."; a form can say what is missing. */
const REQUIRED: Partial<Record<FieldName, string>> = {
  fullName: "Enter the name of the person receiving the parcel.",
  line1: "Enter the street address.",
  city: "Enter the city.",
};

function firstErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "") as FieldName;
    if (key && !errors[key]) errors[key] = (issue.message === "Required." && REQUIRED[key]) || issue.message;
  }
  return errors;
}

function text(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === "string" ? v : "";
}

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

export function CheckoutForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { ready, mergeNotice } = useCart();
  const cartQuery = useServerCart();
  const addressesQuery = useQuery(trpc.address.list.queryOptions());
  const methodsQuery = useQuery(trpc.checkout.paymentMethods.queryOptions());
  const meQuery = useQuery(trpc.me.get.queryOptions());

  // One key per checkout attempt: a double click or a retry after a lost answer sends the same
  // key, and the server replays the first order instead of creating a second one.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [choice, setChoice] = useState<string | null>(null);
  const [phone, setPhone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<PlaceProblem | null>(null);
  const [prescriptionId, setPrescriptionId] = useState<string | null>(null);
  const [prescriptionError, setPrescriptionError] = useState<string | undefined>(undefined);
  const [placed, setPlaced] = useState(false);
  const submitting = useRef(false);
  const problemRef = useRef<HTMLDivElement>(null);

  const place = useMutation(trpc.order.place.mutationOptions());

  if (!ready || cartQuery.isPending || addressesQuery.isPending) return <LoadingState label="Loading your checkout…" />;
  if (placed) return <LoadingState label="Order placed. Opening your confirmation…" />;
  if (cartQuery.isError || addressesQuery.isError) {
    return (
      <Alert tone="danger" title="We could not load your checkout">
        <p>{apiErrorInfo(cartQuery.error ?? addressesQuery.error).message}</p>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            void cartQuery.refetch();
            void addressesQuery.refetch();
          }}
        >
          Try again
        </Button>
      </Alert>
    );
  }

  const cart = cartQuery.data;
  const addresses = addressesQuery.data;
  if (cart.lines.length === 0) {
    return (
      <EmptyState
        title="Your cart is empty"
        description="Add medicines to your cart before checking out."
        action={
          <Link href="/" className={buttonClassName()}>
            Browse medicines
          </Link>
        }
      />
    );
  }

  const defaultAddress = addresses.find((a) => a.isDefault) ?? addresses[0];
  const selected = choice ?? defaultAddress?.id ?? NEW;
  const selectedAddress = addresses.find((a) => a.id === selected);
  const phoneValue = phone ?? selectedAddress?.phone ?? "";
  const cartProblems = cart.lines.filter((l) => l.problem);
  const method = methodsQuery.data?.[0] ?? {
    method: "CASH_ON_DELIVERY" as const,
    label: "Cash on delivery",
    description: "Pay the courier in cash when your order arrives.",
  };
  const confirmTotal = problem?.kind === "price_changed" ? problem.totalCents : null;
  const rxNames = cart.lines.filter((l) => l.requiresPrescription).map((l) => l.name);
  // A pharmacy must be able to reach its customers: no order before the e-mail is verified.
  const unverified = meQuery.data ? !meQuery.data.emailVerified : false;

  function showProblem(p: PlaceProblem) {
    setProblem(p);
    // Move focus to the explanation so keyboard and screen-reader users hear it.
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  function handleError(error: unknown) {
    const info = apiErrorInfo(error);
    const d = info.details;
    const reason = typeof d.reason === "string" ? d.reason : undefined;
    const refreshCart = () => void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });

    if (reason === "price_changed") {
      refreshCart();
      showProblem({ kind: "price_changed", expectedTotalCents: Number(d.expectedTotalCents), totalCents: Number(d.totalCents) });
    } else if (reason === "out_of_stock") {
      refreshCart();
      const items = Array.isArray(d.problems)
        ? (d.problems as { name: string; requested: number; available: number }[])
        : typeof d.name === "string"
          ? [{ name: d.name, requested: Number(d.requested), available: Number(d.available) }]
          : [];
      if (items.length > 0) showProblem({ kind: "stock", items });
      else showProblem({ kind: "message", title: "An item just sold out", text: info.message, fixInCart: true });
    } else if (reason === "inactive") {
      refreshCart();
      showProblem({ kind: "message", title: "An item is no longer available", text: info.message, fixInCart: true });
    } else if (reason === "empty_cart") {
      refreshCart();
      showProblem({ kind: "message", title: "Your cart is empty", text: "Add medicines to your cart before checking out." });
    } else if (reason === "idempotency_key_reused") {
      showProblem({
        kind: "message",
        title: "This order was already placed",
        text: "We already received this checkout. Check your orders before trying again.",
        ordersLink: true,
      });
    } else if (reason === "email_unverified") {
      void meQuery.refetch();
      showProblem({ kind: "message", title: "Verify your e-mail first", text: info.message });
    } else if (typeof reason === "string" && reason.startsWith("prescription_")) {
      setPrescriptionId(null);
      setPrescriptionError(info.message);
      void queryClient.invalidateQueries({ queryKey: trpc.prescription.mine.queryKey() });
      showProblem({ kind: "message", title: "Your prescription needs attention", text: info.message });
    } else if (reason === "restricted_limit") {
      showProblem({ kind: "message", title: "Purchase limit reached", text: info.message, fixInCart: true });
    } else if (reason === "in_progress") {
      showProblem({ kind: "message", title: "Still working on it", text: "Your order is still being processed. Please wait a moment, then try again." });
    } else if (info.code === "NOT_FOUND" && d.field === "addressId") {
      void addressesQuery.refetch();
      setChoice(null);
      setErrors({ addressId: "This address no longer exists. Choose another one." });
    } else if (info.code === "NOT_FOUND") {
      refreshCart();
      showProblem({ kind: "message", title: "An item is no longer sold", text: info.message, fixInCart: true });
    } else if (info.code === "BAD_REQUEST" && Object.keys(info.fieldErrors).length > 0) {
      const fe = info.fieldErrors;
      setErrors({
        phone: fe.phone?.[0],
        addressId: fe.addressId?.[0] ?? (fe.address ? "Check the delivery address." : undefined),
      });
      showProblem({ kind: "message", title: "Please check your details", text: "Some fields need your attention." });
    } else {
      showProblem({ kind: "message", title: "Your order was not placed", text: info.message });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return; // a second click while the first request runs
    const form = event.currentTarget;

    const phoneResult = phoneFormSchema.safeParse({ phone: phoneValue });
    const newAddress =
      selected === NEW
        ? newAddressSchema.safeParse({
            fullName: text(form, "fullName"),
            line1: text(form, "line1"),
            line2: text(form, "line2"),
            city: text(form, "city"),
            region: text(form, "region"),
            postalCode: text(form, "postalCode"),
            country: text(form, "country") || "US",
          })
        : null;
    const fieldErrors: FieldErrors = {
      ...(newAddress && !newAddress.success ? firstErrors(newAddress.error.issues) : {}),
      ...(phoneResult.success ? {} : firstErrors(phoneResult.error.issues)),
    };
    setErrors(fieldErrors);
    const firstInvalid = Object.keys(fieldErrors)[0];
    if (firstInvalid) {
      const field = form.elements.namedItem(firstInvalid);
      if (field instanceof HTMLElement) field.focus();
      return;
    }
    if (!phoneResult.success || (newAddress && !newAddress.success)) return;
    if (rxNames.length > 0 && !prescriptionId) {
      setPrescriptionError("Choose an approved prescription or upload one.");
      document.getElementById("rx-heading")?.scrollIntoView({ block: "center" });
      return;
    }
    setPrescriptionError(undefined);

    const input: RouterInputs["order"]["place"] = {
      idempotencyKey,
      phone: phoneResult.data.phone,
      paymentMethod: method.method,
      // The total the customer saw; if the server's differs, it refuses and tells us the new one.
      expectedTotalCents: confirmTotal ?? cart.totalCents,
      ...(rxNames.length > 0 && prescriptionId ? { prescriptionId } : {}),
      ...(newAddress?.success
        ? { address: { ...newAddress.data, phone: phoneResult.data.phone, save: text(form, "save") === "on" } }
        : { addressId: selected }),
    };

    submitting.current = true;
    setProblem(null);
    try {
      const result = await place.mutateAsync(input);
      setPlaced(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.order.mine.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.address.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.prescription.mine.queryKey() }),
      ]);
      router.push(`/checkout/confirmation?orders=${result.orders.map((o) => encodeURIComponent(o.id)).join(",")}`);
    } catch (error) {
      handleError(error);
    } finally {
      submitting.current = false;
    }
  }

  const blocked = cartProblems.length > 0 || unverified;

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Checkout">
      {mergeNotice ? (
        <Alert tone="warning" className="checkout-notice">
          {mergeNotice}
        </Alert>
      ) : null}
      {unverified && meQuery.data ? (
        <Alert tone="warning" title="Verify your e-mail address to order" className="checkout-notice">
          <p>
            A pharmacy must be able to reach you about your medicines. Open the link we sent to {meQuery.data.email}, then come
            back to place your order.
          </p>
          <ResendVerification email={meQuery.data.email} />
        </Alert>
      ) : null}
      <div className="checkout-layout">
        <div className="hl-stack hl-stack--lg">
          {rxNames.length > 0 ? (
            <PrescriptionStep
              rxNames={rxNames}
              value={prescriptionId}
              onChange={(id) => {
                setPrescriptionId(id);
                if (id) setPrescriptionError(undefined);
              }}
              error={prescriptionError}
            />
          ) : null}
          <Card as="section" className="checkout-section" aria-labelledby="delivery-heading">
            <h2 id="delivery-heading">Delivery address</h2>
            {addresses.length > 0 ? (
              <fieldset className="checkout-fieldset">
                <legend className="hl-visually-hidden">Choose a delivery address</legend>
                <ul className="choice-list">
                  {addresses.map((a) => (
                    <li key={a.id}>
                      <label className="choice">
                        <input
                          type="radio"
                          name="addressId"
                          value={a.id}
                          checked={selected === a.id}
                          onChange={() => {
                            setChoice(a.id);
                            setPhone(null);
                            setErrors({});
                          }}
                        />
                        <span className="choice__text">
                          <strong>
                            {a.fullName} {a.isDefault ? <Badge tone="primary">Default</Badge> : null}
                          </strong>
                          <span>{addressOneLine(a)}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                  <li>
                    <label className="choice">
                      <input
                        type="radio"
                        name="addressId"
                        value={NEW}
                        checked={selected === NEW}
                        onChange={() => {
                          setChoice(NEW);
                          setErrors({});
                        }}
                      />
                      <span className="choice__text">
                        <strong>Add a new address</strong>
                      </span>
                    </label>
                  </li>
                </ul>
                {errors.addressId ? (
                  <p className="hl-field__error" role="alert">
                    {errors.addressId}
                  </p>
                ) : null}
              </fieldset>
            ) : null}

            {selected === NEW ? (
              <div className="form-grid" role="group" aria-label="New address">
                <TextField containerClassName="form-grid__wide" label="Full name" name="fullName" autoComplete="shipping name" required maxLength={100} error={errors.fullName} />
                <TextField containerClassName="form-grid__wide" label="Address" name="line1" autoComplete="shipping address-line1" required maxLength={200} error={errors.line1} />
                <TextField containerClassName="form-grid__wide" label="Apartment, suite, etc." name="line2" autoComplete="shipping address-line2" maxLength={200} error={errors.line2} />
                <TextField label="City" name="city" autoComplete="shipping address-level2" required maxLength={100} error={errors.city} />
                <TextField label="State / region" name="region" autoComplete="shipping address-level1" maxLength={100} error={errors.region} />
                <TextField label="Postal code" name="postalCode" autoComplete="shipping postal-code" required maxLength={12} error={errors.postalCode} />
                <div className="hl-field">
                  <label className="hl-field__label" htmlFor="checkout-country">
                    Country
                  </label>
                  <select id="checkout-country" name="country" className="hl-input hl-select" defaultValue="US" autoComplete="shipping country" aria-invalid={errors.country ? true : undefined}>
                    {COUNTRIES.map(([code, name]) => (
                      <option key={code} value={code}>
                        {name}
                      </option>
                    ))}
                  </select>
                  {errors.country ? <p className="hl-field__error">{errors.country}</p> : null}
                </div>
                <label className="check-row form-grid__wide">
                  <input type="checkbox" name="save" defaultChecked />
                  Save this address to my address book
                </label>
              </div>
            ) : null}

            <TextField
              label="Phone"
              name="phone"
              type="tel"
              autoComplete="shipping tel"
              required
              hint="The courier calls this number if they cannot find you."
              value={phoneValue}
              onChange={(e) => setPhone(e.target.value)}
              error={errors.phone}
            />
          </Card>

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
        </div>

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
            {problem?.kind === "price_changed" ? (
              <Alert tone="warning" title="Prices have changed">
                <p>
                  Some prices changed since you opened your cart. The new total is <Money cents={problem.totalCents} /> (it was{" "}
                  <Money cents={problem.expectedTotalCents} />
                  ). Review the summary above, then confirm.
                </p>
              </Alert>
            ) : problem?.kind === "stock" ? (
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
            ) : problem?.kind === "message" ? (
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
            ) : null}
          </div>

          {blocked ? (
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

          <Button type="submit" size="lg" block loading={place.isPending} disabled={blocked}>
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
          {rxNames.length > 0 ? (
            <p className="hl-small hl-muted" style={{ margin: 0 }}>
              With a newly uploaded prescription, the order waits for a pharmacist before it is prepared.
            </p>
          ) : null}
          <p className="hl-small hl-muted" style={{ margin: 0 }}>
            You pay {formatPayment(method.method)} when your {cart.sellers.length > 1 ? "parcels arrive" : "parcel arrives"}.
          </p>
        </Card>
      </div>
    </form>
  );
}

function formatPayment(method: string): string {
  return method === "CASH_ON_DELIVERY" ? "in cash" : "as agreed";
}
