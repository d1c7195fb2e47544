"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CartView } from "@healio/api/cart/cart.schema";
import { useTRPC, useTRPCClient } from "@healio/client/trpc";
import {
  addLocalLine,
  removeLocalLine,
  restoreLocalCart,
  setLocalQuantity,
  takeLocalCart,
  useLocalCart,
  type LocalCartLine,
} from "./local-cart";

export type Shopper = "customer" | "visitor" | "staff";

export type CartLineRef = { medicineId: string; slug: string; name: string };

interface CartContextValue {
  shopper: Shopper;
  /** false while a visitor cart is being merged into the server cart after sign-in. */
  ready: boolean;
  /** Units in the cart; null while unknown. */
  itemCount: number | null;
  localLines: LocalCartLine[];
  /** A message about the sign-in merge (items that could not be moved), or null. */
  mergeNotice: string | null;
  dismissMergeNotice(): void;
  /** These throw errors whose message can be shown as is. */
  add(line: CartLineRef, quantity: number): Promise<void>;
  setQuantity(line: CartLineRef, quantity: number): Promise<void>;
  remove(line: CartLineRef): Promise<void>;
}

const CartContext = createContext<CartContextValue | null>(null);

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error("useCart must be used inside <CartProvider>");
  return value;
}

/** The signed-in customer's server cart (disabled for visitors, staff, and during the merge). */
export function useServerCart() {
  const trpc = useTRPC();
  const { shopper, ready } = useCart();
  return useQuery(trpc.cart.get.queryOptions(undefined, { enabled: shopper === "customer" && ready }));
}

// One merge per page load, shared by every mounted provider (and React's dev double effects).
let mergeInFlight: Promise<string | null> | null = null;

const SKIP_REASON = { not_found: "no longer sold", inactive: "no longer available", cart_full: "your cart is full" } as const;

export function CartProvider({ shopper, children }: { shopper: Shopper; children: ReactNode }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const localLines = useLocalCart();
  const [ready, setReady] = useState(shopper !== "customer");
  const [mergeNotice, setMergeNotice] = useState<string | null>(null);
  // Every cart mutation answers with the whole cart: it simply replaces the cached copy.
  const putCart = useCallback(
    (cart: CartView) => queryClient.setQueryData(trpc.cart.get.queryKey(), cart),
    [queryClient, trpc],
  );

  // Answers of overlapping mutations may arrive out of order: only the newest one is applied as
  // is; an older one triggers a refetch instead of overwriting newer data.
  const sequence = useRef(0);
  const applyLatest = useCallback(
    async (mutation: Promise<CartView>) => {
      const mine = ++sequence.current;
      const cart = await mutation;
      if (mine === sequence.current) putCart(cart);
      else void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
    },
    [putCart, queryClient, trpc],
  );

  // Signed in with items in the local cart (added as a visitor): move them into the server cart.
  useEffect(() => {
    if (shopper !== "customer") return;
    let active = true;
    mergeInFlight ??= (async () => {
      const taken = takeLocalCart();
      const { lines } = taken;
      if (lines.length === 0) return null;
      try {
        const result = await client.cart.merge.mutate({
          mergeKey: taken.mergeKey,
          lines: lines.map((l) => ({ medicineId: l.medicineId, quantity: l.quantity })),
        });
        putCart(result.cart);
        if (result.skipped.length === 0) return null;
        const names = new Map(lines.map((l) => [l.medicineId, l.name]));
        const list = result.skipped.map((s) => `${names.get(s.medicineId) ?? "An item"} (${SKIP_REASON[s.reason]})`);
        return `Some items from before you signed in could not be added to your cart: ${list.join(", ")}.`;
      } catch {
        restoreLocalCart(taken);
        return "We could not move the items you added before signing in into your cart. Reload the page to try again.";
      }
    })();
    void mergeInFlight.then((notice) => {
      if (!active) return;
      setMergeNotice(notice);
      setReady(true);
    });
    return () => {
      active = false;
    };
  }, [shopper, client, putCart]);

  const serverCart = useQuery(trpc.cart.get.queryOptions(undefined, { enabled: shopper === "customer" && ready }));

  const add = useCallback(
    async (line: CartLineRef, quantity: number) => {
      if (shopper === "staff") throw new Error("Sign in with a customer account to shop.");
      if (shopper === "visitor") return addLocalLine({ ...line, quantity });
      await applyLatest(client.cart.add.mutate({ medicineId: line.medicineId, quantity }));
    },
    [shopper, client, applyLatest],
  );

  const setQuantity = useCallback(
    async (line: CartLineRef, quantity: number) => {
      if (shopper === "visitor") return setLocalQuantity(line.medicineId, quantity);
      await applyLatest(client.cart.setQuantity.mutate({ medicineId: line.medicineId, quantity }));
    },
    [shopper, client, applyLatest],
  );

  const remove = useCallback(
    async (line: CartLineRef) => {
      if (shopper === "visitor") return removeLocalLine(line.medicineId);
      await applyLatest(client.cart.remove.mutate({ medicineId: line.medicineId }));
    },
    [shopper, client, applyLatest],
  );

  const itemCount =
    shopper === "visitor"
      ? localLines.reduce((n, l) => n + l.quantity, 0)
      : shopper === "customer"
        ? (serverCart.data?.itemCount ?? null)
        : null;

  const value = useMemo<CartContextValue>(
    () => ({
      shopper,
      ready,
      itemCount,
      localLines,
      mergeNotice,
      dismissMergeNotice: () => setMergeNotice(null),
      add,
      setQuantity,
      remove,
    }),
    [shopper, ready, itemCount, localLines, mergeNotice, add, setQuantity, remove],
  );

  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}
