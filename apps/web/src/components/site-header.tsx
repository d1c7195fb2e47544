import Link from "next/link";
import { Suspense } from "react";
import { Logo, SiteHeader, buttonClassName } from "@healio/ui";
import { getCurrentActor } from "@/trpc/server";
import { CartLink } from "./cart/cart-link";
import { SearchForm, SearchFormFallback } from "./search-form";
import { SignOutButton } from "@healio/client/auth";
import "./site-header.css";

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
              <Link href="/orders" aria-label="My orders" className={buttonClassName({ variant: "ghost", size: "sm" })}>
                <span className="site-header__wide">My </span>orders
              </Link>
            ) : null}
            <Link href="/account" className={buttonClassName({ variant: "ghost", size: "sm" })}>
              <span className="hl-visually-hidden">Signed in as {actor.name}. </span>Account
            </Link>
            {/* Phones: sign out from the account page, so the header keeps one row. */}
            <span className="site-header__wide">
              <SignOutButton />
            </span>
          </nav>
        ) : (
          <nav aria-label="Account" className="hl-row">
            <CartLink />
            <Link href="/sign-in" className={buttonClassName({ variant: "ghost", size: "sm" })}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClassName({ size: "sm", className: "site-header__wide" })}>
              Create account
            </Link>
          </nav>
        )
      }
    />
  );
}
