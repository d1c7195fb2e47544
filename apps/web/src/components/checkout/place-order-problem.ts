import type { ApiErrorInfo } from "@healio/client/api-error";
import type { FieldErrors } from "./checkout-fields";

/** What the checkout shows after `order.place` refused. */
export type PlaceProblem =
  | { kind: "price_changed"; expectedTotalCents: number; totalCents: number }
  | { kind: "stock"; items: { name: string; requested: number; available: number }[] }
  | { kind: "message"; title: string; text: string; fixInCart?: boolean; ordersLink?: boolean };

/** A refusal translated for the page: what to show, and what to reload or reset. */
export type PlaceRefusal = {
  problem?: PlaceProblem;
  fieldErrors?: FieldErrors;
  /** Cart, address book, profile or prescriptions changed on the server: refetch them. */
  refresh?: ("cart" | "addresses" | "me" | "prescriptions")[];
  /** The chosen prescription was refused: clear it and say why beside the picker. */
  prescriptionError?: string;
  /** The chosen address vanished: go back to the default choice. */
  resetAddress?: boolean;
};

type StockItem = { name: string; requested: number; available: number };

function stockItems(d: Record<string, unknown>): StockItem[] {
  if (Array.isArray(d.problems)) return d.problems as StockItem[];
  if (typeof d.name === "string") return [{ name: d.name, requested: Number(d.requested), available: Number(d.available) }];
  return [];
}

/** Maps an `order.place` error (code, reason, field errors) to what the checkout does about it. */
export function placeRefusal(info: ApiErrorInfo): PlaceRefusal {
  const d = info.details;
  const reason = typeof d.reason === "string" ? d.reason : undefined;
  const message = (title: string, extra: Partial<Extract<PlaceProblem, { kind: "message" }>> = {}): PlaceProblem => ({
    kind: "message",
    title,
    text: info.message,
    ...extra,
  });

  switch (reason) {
    case "price_changed":
      return {
        refresh: ["cart"],
        problem: { kind: "price_changed", expectedTotalCents: Number(d.expectedTotalCents), totalCents: Number(d.totalCents) },
      };
    case "out_of_stock": {
      const items = stockItems(d);
      return {
        refresh: ["cart"],
        problem: items.length > 0 ? { kind: "stock", items } : message("An item just sold out", { fixInCart: true }),
      };
    }
    case "inactive":
      return { refresh: ["cart"], problem: message("An item is no longer available", { fixInCart: true }) };
    case "empty_cart":
      return { refresh: ["cart"], problem: message("Your cart is empty", { text: "Add medicines to your cart before checking out." }) };
    case "idempotency_key_reused":
      return {
        problem: message("This order was already placed", {
          text: "We already received this checkout. Check your orders before trying again.",
          ordersLink: true,
        }),
      };
    case "email_unverified":
      return { refresh: ["me"], problem: message("Verify your e-mail first") };
    case "restricted_limit":
      return { problem: message("Purchase limit reached", { fixInCart: true }) };
    case "in_progress":
      return {
        problem: message("Still working on it", { text: "Your order is still being processed. Please wait a moment, then try again." }),
      };
  }
  if (reason?.startsWith("prescription_")) {
    return { refresh: ["prescriptions"], prescriptionError: info.message, problem: message("Your prescription needs attention") };
  }
  if (info.code === "NOT_FOUND" && d.field === "addressId") {
    return { refresh: ["addresses"], resetAddress: true, fieldErrors: { addressId: "This address no longer exists. Choose another one." } };
  }
  if (info.code === "NOT_FOUND") return { refresh: ["cart"], problem: message("An item is no longer sold", { fixInCart: true }) };
  if (info.code === "BAD_REQUEST" && Object.keys(info.fieldErrors).length > 0) {
    const fe = info.fieldErrors;
    return {
      fieldErrors: { phone: fe.phone?.[0], addressId: fe.addressId?.[0] ?? (fe.address ? "Check the delivery address." : undefined) },
      problem: message("Please check your details", { text: "Some fields need your attention." }),
    };
  }
  return { problem: message("Your order was not placed") };
}
