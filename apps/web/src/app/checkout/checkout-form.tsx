"use client";

import "@/components/cart/cart.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Alert, Button, EmptyState, LoadingState, buttonClassName } from "@healio/ui";
import { ResendVerification } from "@/app/account/resend-verification";
import { useCart, useServerCart } from "@/components/cart/cart-provider";
import { newIdempotencyKey } from "@/components/cart/idempotency-key";
import { AddressPicker } from "@/components/checkout/address-picker";
import { NEW_ADDRESS, firstErrors, phoneFormSchema, readNewAddress, wantsAddressSaved, type FieldErrors } from "@/components/checkout/checkout-fields";
import { OrderSummary } from "@/components/checkout/order-summary";
import { PaymentSection } from "@/components/checkout/payment-section";
import { placeRefusal, type PlaceProblem } from "@/components/checkout/place-order-problem";
import { PrescriptionStep } from "@/components/checkout/prescription-step";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import type { RouterInputs } from "@/trpc/types";

const CASH_ON_DELIVERY = {
  method: "CASH_ON_DELIVERY" as const,
  label: "Cash on delivery",
  description: "Pay the courier in cash when your order arrives.",
};

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
  const selected = choice ?? defaultAddress?.id ?? NEW_ADDRESS;
  const selectedAddress = addresses.find((a) => a.id === selected);
  const phoneValue = phone ?? selectedAddress?.phone ?? "";
  const method = methodsQuery.data?.[0] ?? CASH_ON_DELIVERY;
  const confirmTotal = problem?.kind === "price_changed" ? problem.totalCents : null;
  const rxNames = cart.lines.filter((l) => l.requiresPrescription).map((l) => l.name);
  // A pharmacy must be able to reach its customers: no order before the e-mail is verified.
  const unverified = meQuery.data ? !meQuery.data.emailVerified : false;
  const blocked = cart.lines.some((l) => l.problem) || unverified;

  function showProblem(p: PlaceProblem) {
    setProblem(p);
    // Move focus to the explanation so keyboard and screen-reader users hear it.
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  function handleError(error: unknown) {
    const refusal = placeRefusal(apiErrorInfo(error));
    for (const what of refusal.refresh ?? []) {
      if (what === "cart") void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
      if (what === "addresses") void addressesQuery.refetch();
      if (what === "me") void meQuery.refetch();
      if (what === "prescriptions") void queryClient.invalidateQueries({ queryKey: trpc.prescription.mine.queryKey() });
    }
    if (refusal.prescriptionError) {
      setPrescriptionId(null);
      setPrescriptionError(refusal.prescriptionError);
    }
    if (refusal.resetAddress) setChoice(null);
    if (refusal.fieldErrors) setErrors(refusal.fieldErrors);
    if (refusal.problem) showProblem(refusal.problem);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return; // a second click while the first request runs
    const form = event.currentTarget;

    const phoneResult = phoneFormSchema.safeParse({ phone: phoneValue });
    const newAddress = selected === NEW_ADDRESS ? readNewAddress(form) : null;
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
        ? { address: { ...newAddress.data, phone: phoneResult.data.phone, save: wantsAddressSaved(form) } }
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
          <AddressPicker
            addresses={addresses}
            selected={selected}
            onSelect={(id) => {
              setChoice(id);
              if (id !== NEW_ADDRESS) setPhone(null);
              setErrors({});
            }}
            phone={phoneValue}
            onPhoneChange={setPhone}
            errors={errors}
          />
          <PaymentSection method={method} />
        </div>

        <OrderSummary
          cart={cart}
          problem={problem}
          problemRef={problemRef}
          blocked={blocked}
          placing={place.isPending}
          confirmTotal={confirmTotal}
          hasPrescriptionItems={rxNames.length > 0}
          paymentMethod={method.method}
        />
      </div>
    </form>
  );
}
