import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { addressSelect, findOwnAddress, lockAddressBook, MAX_ADDRESSES } from "./address-book";
import type { AddressCreateInput, AddressUpdateInput, AddressView } from "./address.schema";

function notFound(): never {
  throw new AppError("NOT_FOUND", "Address not found.");
}

/**
 * Creates an address inside the caller's transaction. The first address of a user becomes the
 * default. Returns null (and saves nothing) when the book is full and `ifRoom` is set, which the
 * checkout uses so that a full address book never blocks an order.
 */
export async function insertAddress(
  tx: Tx,
  userId: string,
  input: AddressCreateInput,
  opts: { ifRoom?: boolean } = {},
): Promise<AddressView | null> {
  await lockAddressBook(tx, userId);
  const count = await tx.address.count({ where: { userId } });
  if (count >= MAX_ADDRESSES) {
    if (opts.ifRoom) return null;
    throw new AppError("CONFLICT", `You can save up to ${MAX_ADDRESSES} addresses.`, { reason: "address_book_full" });
  }
  const makeDefault = input.isDefault || count === 0;
  if (makeDefault) await tx.address.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
  const { isDefault: _ignored, ...fields } = input;
  return tx.address.create({ data: { ...fields, userId, isDefault: makeDefault }, select: addressSelect });
}

export async function createAddress(db: Db, actor: Actor, input: AddressCreateInput): Promise<AddressView> {
  return db.$transaction(async (tx) => (await insertAddress(tx, actor.userId, input))!);
}

export async function updateAddress(db: Db, actor: Actor, input: AddressUpdateInput): Promise<AddressView> {
  // Omitted fields are undefined, which Prisma leaves unchanged; null clears line2/region.
  const { id, ...data } = input;
  const updated = await db.address.updateMany({ where: { id, userId: actor.userId }, data });
  if (updated.count === 0) notFound();
  return (await findOwnAddress(db, actor.userId, id)) ?? notFound();
}

/** Deleting the default promotes the newest remaining address, so a user with addresses has a default. */
export async function deleteAddress(db: Db, actor: Actor, input: { id: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await lockAddressBook(tx, actor.userId);
    const address = await tx.address.findFirst({ where: { id: input.id, userId: actor.userId }, select: { isDefault: true } });
    if (!address) notFound();
    await tx.address.delete({ where: { id: input.id } });
    if (address.isDefault) {
      const next = await tx.address.findFirst({
        where: { userId: actor.userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if (next) await tx.address.update({ where: { id: next.id }, data: { isDefault: true } });
    }
    return { id: input.id };
  });
}

/** Switches the default in one transaction (clear the old one first: the unique index checks per row). */
export async function setDefaultAddress(db: Db, actor: Actor, input: { id: string }): Promise<AddressView> {
  return db.$transaction(async (tx) => {
    await lockAddressBook(tx, actor.userId);
    const address = await findOwnAddress(tx, actor.userId, input.id);
    if (!address) notFound();
    if (address.isDefault) return address;
    await tx.address.updateMany({ where: { userId: actor.userId, isDefault: true }, data: { isDefault: false } });
    return tx.address.update({ where: { id: input.id }, data: { isDefault: true }, select: addressSelect });
  });
}
