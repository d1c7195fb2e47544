import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { MEDICINE_NOT_FOUND } from "./listing-access";
import { listingSelect, toListingView, type ListingView } from "./listing-view";

/** The owner's (or an admin's) full view of one listing, archived ones included. */
export async function getListingForEdit(db: DbOrTx, actor: Actor, input: { id: string }): Promise<ListingView> {
  const row = await db.medicine.findFirst({
    where: { id: input.id, ...(actor.role === "ADMIN" ? {} : { sellerId: actor.userId }) },
    select: listingSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", MEDICINE_NOT_FOUND);
  return toListingView(row);
}
