import Link from "next/link";
import { Suspense } from "react";
import { Logo, SiteHeader, buttonClassName } from "@healio/ui";
import { getCurrentActor } from "@/trpc/server";
import { CartLink } from "./cart/cart-link";
import { SearchForm, SearchFormFallback } from "./search-form";
import { SignOutButton } from "@healio/client/auth";

async function currentActorOrNull() {
  try {
    return await getCurrentActor();
  } catch (error) {
    // The header must not take the whole page down (e.g. a DB hiccup): show the signed-out state.
    console.error("Could not resolve the session for the header", error);
    return null;
  }
}

export async function StorefrontHeader() {
  const actor = await currentActorOrNull();
  return (
    <SiteHeader
      brand={
        <Link href="/" className="hl-header__brand" aria-label="Healio home">
          <Logo />
        </Link>
      }
      search={
        <Suspense fallback={<SearchFormFallback />}>
          <SearchForm />
        </Suspense>
      }
      actions={
        actor ? (
          <nav aria-label="Account" className="hl-row">
            <CartLink />
            {actor.role === "CUSTOMER" ? (
              <Link href="/orders" className={buttonClassName({ variant: "ghost", size: "sm" })}>
                My orders
              </Link>
            ) : null}
            <Link href="/account" className={buttonClassName({ variant: "ghost", size: "sm" })}>
              <span className="hl-visually-hidden">Signed in as {actor.name}. </span>Account
            </Link>
            <SignOutButton />
          </nav>
        ) : (
          <nav aria-label="Account" className="hl-row">
            <CartLink />
            <Link href="/sign-in" className={buttonClassName({ variant: "ghost", size: "sm" })}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClassName({ size: "sm" })}>
              Create account
            </Link>
          </nav>
        )
      }
    />
  );
}
