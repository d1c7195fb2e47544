import "server-only";
import { getCurrentActor } from "@/trpc/server";
import type { Shopper } from "./cart-provider";

/**
 * Who is shopping: a signed-in customer (server cart), a visitor (local cart) or a seller/admin
 * (no cart: they shop with a customer account). A session lookup failure counts as a visitor.
 */
export async function currentShopper(): Promise<Shopper> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return "visitor";
    return actor.role === "CUSTOMER" ? "customer" : "staff";
  } catch (error) {
    console.error("Could not resolve the session for the cart", error);
    return "visitor";
  }
}
