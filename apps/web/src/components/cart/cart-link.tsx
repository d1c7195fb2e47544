"use client";

import "./cart.css";
import Link from "next/link";
import { buttonClassName } from "@healio/ui";
import { useCart } from "./cart-provider";

/** Header link to the cart with the number of items; hidden for sellers and admins. */
export function CartLink() {
  const { shopper, itemCount } = useCart();
  if (shopper === "staff") return null;
  const count = itemCount ?? 0;
  return (
    <Link href="/cart" className={buttonClassName({ variant: "ghost", size: "sm", className: "cart-link" })}>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="9" cy="20" r="1.5" />
        <circle cx="18" cy="20" r="1.5" />
        <path d="M2 3h3l2.4 11.2a2 2 0 0 0 2 1.6h8.2a2 2 0 0 0 2-1.5L21 7H6" />
      </svg>
      <span className="cart-link__label">Cart</span>
      {/* Hidden until the server cart is known, so it never flashes a wrong number. */}
      {itemCount === null ? null : (
        <span className="cart-link__count">
          <span className="hl-visually-hidden">, </span>
          {count}
          <span className="hl-visually-hidden"> {count === 1 ? "item" : "items"}</span>
        </span>
      )}
    </Link>
  );
}
