import type { Tx } from "@healio/db";
import type { Actor } from "../actor";
import { findOwnAddress } from "../address/address-book";
import { insertAddress } from "../address/manage-addresses";
import { AppError } from "../app-error";
import type { CartLineInput } from "../cart/cart.schema";
import type { PlaceOrderParams, ShippingSnapshot } from "./checkout.schema";

/** The lines to buy: the request's, or the server cart's (oldest first). */
export async function resolveLines(tx: Tx, actor: Actor, input: PlaceOrderParams): Promise<CartLineInput[]> {
  const lines =
    input.lines ??
    (await tx.cartItem.findMany({
      where: { userId: actor.userId },
      select: { medicineId: true, quantity: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }));
  if (lines.length === 0) throw new AppError("BAD_REQUEST", "Your cart is empty.", { reason: "empty_cart" });
  return lines;
}

/**
 * The shipping snapshot of the order: a saved address of this customer (someone else's id is
 * NOT_FOUND) or the inline one, optionally saved to the address book. The order's phone is the
 * checkout's `phone` field.
 */
export async function resolveShipping(
  tx: Tx,
  actor: Actor,
  input: PlaceOrderParams,
): Promise<{ shipping: ShippingSnapshot; savedAddressId: string | null }> {
  if (input.addressId !== undefined) {
    const address = await findOwnAddress(tx, actor.userId, input.addressId);
    if (!address) throw new AppError("NOT_FOUND", "Address not found.", { field: "addressId" });
    return { shipping: { ...snapshot(address), phone: input.phone }, savedAddressId: null };
  }
  const inline = input.address!;
  const { save, ...fields } = inline;
  const saved = save ? await insertAddress(tx, actor.userId, { ...fields, isDefault: false }, { ifRoom: true }) : null;
  return { shipping: { ...snapshot(fields), phone: input.phone }, savedAddressId: saved?.id ?? null };
}

function snapshot(a: {
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
}): Omit<ShippingSnapshot, "phone"> {
  return {
    name: a.fullName,
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    region: a.region,
    postalCode: a.postalCode,
    country: a.country,
  };
}
