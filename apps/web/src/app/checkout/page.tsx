import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, PageHeader } from "@healio/ui";
import { getCurrentActor } from "@/trpc/server";
import { CheckoutForm } from "./checkout-form";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage() {
  const actor = await getCurrentActor();
  // Visitors sign in first and come back here; their local cart is merged on the way.
  if (!actor) redirect("/sign-in?next=%2Fcheckout");
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/cart">← Back to cart</Link>}
        title="Checkout"
        description="Where should we deliver your order?"
      />
      {actor.role === "CUSTOMER" ? (
        <CheckoutForm />
      ) : (
        <Alert tone="info" title="Shopping needs a customer account">
          You are signed in with a seller or admin account. Sign in with a customer account to place orders.
        </Alert>
      )}
    </>
  );
}
