import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@healio/ui";
import { CartPageView } from "@/components/cart/cart-page-view";
import { currentShopper } from "@/components/cart/shopper";

export const metadata: Metadata = { title: "Your cart" };
export const dynamic = "force-dynamic";

export default async function CartPage() {
  const shopper = await currentShopper();
  return (
    <>
      <PageHeader title="Your cart" description="Prices and stock are checked again when you place your order." />
      {shopper === "staff" ? (
        <Alert tone="info" title="Shopping needs a customer account">
          You are signed in with a seller or admin account. <Link href="/sign-up">Create a customer account</Link> to
          order medicines.
        </Alert>
      ) : (
        <CartPageView />
      )}
    </>
  );
}
