import type { DbOrTx, Prisma } from "@healio/db";
import type { AddressView } from "./address.schema";

export const MAX_ADDRESSES = 20;

export const addressSelect = {
  id: true,
  fullName: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
  phone: true,
  isDefault: true,
  createdAt: true,
} satisfies Prisma.AddressSelect;

/**
 * Serialises address-book changes of one user (transaction-scoped advisory lock). Without it two
 * concurrent "make default" calls could both clear the old default and then collide on the
 * one-default-per-user unique index.
 */
export async function lockAddressBook(tx: DbOrTx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`address-book:${userId}`}, 0))`;
}

/** Default first, then newest first. */
export async function listAddresses(db: DbOrTx, userId: string): Promise<AddressView[]> {
  return db.address.findMany({
    where: { userId },
    select: addressSelect,
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  });
}

/** The user's address or null; someone else's address is simply not found. */
export async function findOwnAddress(db: DbOrTx, userId: string, id: string): Promise<AddressView | null> {
  return db.address.findFirst({ where: { id, userId }, select: addressSelect });
}
