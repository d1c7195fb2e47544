"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import type { CartLine, CartView } from "@healio/api/cart/cart.schema";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { useCart, useServerCart } from "./cart-provider";
import type { LocalCartLine } from "./local-cart";

export type DisplayCart =
  | { status: "loading" }
  | { status: "error"; message: string; retry(): void }
  | { status: "ready"; cart: CartView };

/** A line of the local cart whose medicine no longer exists: shown by its stored name, not buyable. */
function goneLine(line: LocalCartLine): CartLine {
  return {
    medicineId: line.medicineId,
    slug: line.slug,
    name: line.name,
    strength: "",
    packSize: "",
    imageUrl: null,
    requiresPrescription: false,
    seller: { id: "", storeName: "" },
    quantity: line.quantity,
    unitPriceCents: 0,
    discountCents: 0,
    lineTotalCents: 0,
    sale: null,
    available: 0,
    problem: { kind: "inactive" },
  };
}

/**
 * The visitor's local cart priced by the server in ONE call (`cart.preview`): the same query,
 * pricing function, sales and stock rules as a signed-in customer's cart.
 */
function useVisitorCart(localLines: LocalCartLine[], enabled: boolean): DisplayCart {
  const trpc = useTRPC();
  const preview = useQuery(
    trpc.cart.preview.queryOptions(
      { lines: localLines.map((l) => ({ medicineId: l.medicineId, quantity: l.quantity })) },
      { enabled, staleTime: 10_000, placeholderData: keepPreviousData },
    ),
  );

  if (preview.isPending) return { status: "loading" };
  if (preview.isError) {
    return { status: "error", message: apiErrorInfo(preview.error).message, retry: () => void preview.refetch() };
  }
  const { cart } = preview.data;
  const priced = new Map(cart.lines.map((l) => [l.medicineId, l]));
  // While a changed cart is re-priced the previous answer stays on screen (no flash); a line that
  // answer does not know yet (just added) waits as "loading".
  if (localLines.some((l) => !priced.has(l.medicineId) && !preview.data.missing.includes(l.medicineId))) {
    return { status: "loading" };
  }
  const lines = localLines.map((l) => priced.get(l.medicineId) ?? goneLine(l));
  return {
    status: "ready",
    cart: {
      ...cart,
      lines,
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
      canCheckout: lines.length > 0 && lines.every((l) => l.problem === null),
    },
  };
}

const noop = () => () => {};

/** false during server rendering and hydration (the local cart is unknown then), true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}

/** The cart to show: the server cart for customers, the priced local cart for visitors. */
export function useDisplayCart(): DisplayCart {
  const { shopper, ready, localLines } = useCart();
  const hydrated = useHydrated();
  const server = useServerCart();
  const visitor = useVisitorCart(localLines, shopper === "visitor");

  if (shopper === "visitor") return hydrated ? visitor : { status: "loading" };
  if (!ready || server.isPending) return { status: "loading" };
  if (server.isError) return { status: "error", message: apiErrorInfo(server.error).message, retry: () => void server.refetch() };
  return { status: "ready", cart: server.data };
}
