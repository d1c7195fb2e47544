"use client";

import { useQueries } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import type { CartLine, CartProblem, CartView } from "@healio/api/cart/cart.schema";
import { priceLines } from "@healio/api/pricing/price-lines";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { useCart, useServerCart } from "./cart-provider";
import type { LocalCartLine } from "./local-cart";

export type DisplayCart =
  | { status: "loading" }
  | { status: "error"; message: string; retry(): void }
  | { status: "ready"; cart: CartView };

function problemOf(stock: number, quantity: number): CartProblem | null {
  if (stock <= 0) return { kind: "out_of_stock", available: 0 };
  if (stock < quantity) return { kind: "insufficient_stock", available: stock };
  return null;
}

const gone = (code: string) => code === "NOT_FOUND" || code === "BAD_REQUEST";

/**
 * The visitor's local cart, priced like the server cart: current prices and stock from
 * `medicine.bySlug`, totals from the API's own pricing function (the same one the checkout uses).
 */
function useVisitorCart(localLines: LocalCartLine[], enabled: boolean): DisplayCart {
  const trpc = useTRPC();
  const results = useQueries({
    queries: localLines.map((l) =>
      trpc.medicine.bySlug.queryOptions(
        { slug: l.slug },
        {
          enabled,
          staleTime: 10_000,
          retry: (count, error) => !gone(apiErrorInfo(error).code) && count < 1,
        },
      ),
    ),
  });

  if (results.some((r) => r.isPending && r.fetchStatus !== "idle")) return { status: "loading" };
  const failed = results.find((r) => r.isError && !gone(apiErrorInfo(r.error).code));
  if (failed) {
    return {
      status: "error",
      message: apiErrorInfo(failed.error).message,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    };
  }

  const now = new Date();
  const medicines = results.flatMap((r, i) => {
    const line = localLines[i]!;
    const d = r.data;
    if (!d) return [];
    // The server resolved the live flash sale for the page (the one pricing rule); the ids here
    // only label the line for display: a visitor's cart is priced again by the server at sign-in.
    const sale = d.sale ? { saleItemId: d.sale.eventSlug, saleEventId: d.sale.eventSlug, salePriceCents: d.sale.salePriceCents } : null;
    return [{ id: line.medicineId, sellerId: d.seller.id, priceCents: d.listPriceCents, sale }];
  });
  const found = localLines.filter((_, i) => results[i]?.data);
  const priced = new Map(priceLines(found, medicines, now).lines.map((p) => [p.medicineId, p]));

  const lines: CartLine[] = localLines.map((line, i) => {
    const m = results[i]?.data;
    const p = priced.get(line.medicineId);
    if (!m || !p) {
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
    return {
      medicineId: line.medicineId,
      slug: m.slug,
      name: m.name,
      strength: m.strength,
      packSize: m.packSize,
      imageUrl: m.imageUrl,
      requiresPrescription: m.requiresPrescription,
      seller: m.seller,
      quantity: line.quantity,
      unitPriceCents: p.unitPriceCents,
      discountCents: p.discountCents,
      lineTotalCents: p.lineTotalCents,
      sale:
        m.sale && p.sale
          ? { eventName: m.sale.eventName, eventSlug: m.sale.eventSlug, endsAt: m.sale.endsAt, salePriceCents: m.sale.salePriceCents, remaining: null, perCustomerLimit: null }
          : null,
      available: Math.max(m.stock, 0),
      problem: problemOf(m.stock, line.quantity),
    };
  });

  const buyable = lines.filter((l) => l.problem === null);
  const totals = priceLines(buyable, medicines, now);
  const storeNames = new Map(lines.map((l) => [l.seller.id, l.seller.storeName]));
  return {
    status: "ready",
    cart: {
      currency: totals.currency,
      lines,
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
      sellers: totals.sellers.map((s) => ({
        sellerId: s.sellerId,
        storeName: storeNames.get(s.sellerId) ?? "",
        subtotalCents: s.subtotalCents,
        discountCents: s.discountCents,
        shippingCents: s.shippingCents,
        totalCents: s.totalCents,
      })),
      subtotalCents: totals.subtotalCents,
      discountCents: totals.discountCents,
      shippingCents: totals.shippingCents,
      totalCents: totals.totalCents,
      canCheckout: lines.length > 0 && buyable.length === lines.length,
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
