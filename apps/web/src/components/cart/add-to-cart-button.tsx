"use client";

import "./cart.css";
import Link from "next/link";
import { useState } from "react";
import { Button, cx } from "@healio/ui";
import { apiErrorMessage } from "@healio/client/api-error";
import { useCart } from "./cart-provider";
import { MAX_LINE_QUANTITY } from "./local-cart";
import { QuantityStepper } from "./quantity-stepper";

export interface AddToCartButtonProps {
  medicine: { id: string; slug: string; name: string; stock: number };
  /** "card": one unit, compact; "detail": with a quantity stepper. */
  variant?: "card" | "detail";
  className?: string;
}

/**
 * "Add to cart" for catalogue cards and the medicine page. Visitors fill a local cart (merged on
 * sign-in); customers add to their server cart; sellers and admins are told to use a customer
 * account. Stock is only a hint here: the cart and the checkout check it for real.
 */
export function AddToCartButton({ medicine, variant = "card", className }: AddToCartButtonProps) {
  const cart = useCart();
  const [quantity, setQuantity] = useState(1);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const soldOut = medicine.stock <= 0;

  if (cart.shopper === "staff") {
    return variant === "detail" ? (
      <p className="hl-small hl-muted">Seller and admin accounts cannot shop. Sign in with a customer account to order.</p>
    ) : null;
  }

  // The card's stock badge already says "Out of stock".
  if (soldOut && variant === "card") return null;

  async function onAdd() {
    setPending(true);
    setResult(null);
    try {
      await cart.add({ medicineId: medicine.id, slug: medicine.slug, name: medicine.name }, quantity);
      setResult({ ok: true, text: quantity === 1 ? "Added to your cart." : `Added ${quantity} to your cart.` });
    } catch (error) {
      setResult({ ok: false, text: apiErrorMessage(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className={cx("add-to-cart", `add-to-cart--${variant}`, className)}>
      {variant === "detail" && !soldOut ? (
        <QuantityStepper
          value={quantity}
          onChange={setQuantity}
          label={`Quantity of ${medicine.name}`}
          max={Math.min(MAX_LINE_QUANTITY, medicine.stock)}
          showLabel
        />
      ) : null}
      <Button
        variant={variant === "card" ? "secondary" : "primary"}
        size={variant === "card" ? "sm" : "md"}
        block={variant === "detail"}
        loading={pending}
        disabled={soldOut || !cart.ready}
        onClick={onAdd}
        aria-label={variant === "card" ? `Add ${medicine.name} to cart` : undefined}
      >
        {soldOut ? "Out of stock" : "Add to cart"}
      </Button>
      <div aria-live="polite" className="add-to-cart__result">
        {result ? (
          result.ok ? (
            <p className="hl-small add-to-cart__ok">
              {result.text} <Link href="/cart">View cart</Link>
            </p>
          ) : (
            <p className="hl-small add-to-cart__error" role="alert">
              {result.text}
            </p>
          )
        ) : null}
      </div>
    </div>
  );
}
