import type { DbOrTx, Prisma } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { normalizeSearch } from "../medicine/search-text";
import { decodeKeyset, pageOf } from "./keyset-cursor";
import type { ListingListMineParams } from "./listing.schema";
import { listingSelect, toListingView, type ListingView } from "./listing-view";

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/**
 * The caller's own listings (sellerId = actor, also for admins), newest first, keyset paginated
 * on (createdAt DESC, id ASC) — the (sellerId, createdAt DESC, id) index. Optional status filter
 * and a case-insensitive substring search over searchText (name, generic name, manufacturer).
 */
export async function listOwnListings(
  db: DbOrTx,
  actor: Actor,
  input: ListingListMineParams,
): Promise<{ items: ListingView[]; nextCursor: string | null }> {
  const cursor = input.cursor ? decodeKeyset(input.cursor, cursorSchema) : null;
  const search = input.search ? normalizeSearch(input.search) : "";
  const at = cursor ? new Date(cursor.k) : null;
  const where: Prisma.MedicineWhereInput = {
    sellerId: actor.userId,
    ...(input.status ? { status: input.status } : {}),
    ...(search ? { searchText: { contains: search } } : {}),
    ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { gt: cursor.id } }] } : {}),
  };
  const rows = await db.medicine.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: input.limit + 1,
    select: listingSelect,
  });
  const page = pageOf(rows, input.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
  return { items: page.items.map(toListingView), nextCursor: page.nextCursor };
}
