import type { DbOrTx } from "@healio/db";
import { z } from "zod";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import type { ManufacturerListParams, ManufacturerSummary } from "./manufacturer.schema";
import { manufacturerNameKey } from "./name-key";

const cursorSchema = z.strictObject({ k: z.string().max(200), id: z.string().min(1).max(64) });

/**
 * Manufacturers by name (for the seller's pick list and the storefront filter), keyset paginated
 * on (nameKey, id). A search matches names containing the text, case-insensitively.
 */
export async function listManufacturers(
  db: DbOrTx,
  input: ManufacturerListParams,
): Promise<{ items: ManufacturerSummary[]; nextCursor: string | null }> {
  const cursor = input.cursor ? decodeKeyset(input.cursor, cursorSchema) : null;
  const search = input.search ? manufacturerNameKey(input.search) : "";
  const rows = await db.manufacturer.findMany({
    where: {
      ...(search ? { nameKey: { contains: search } } : {}),
      ...(cursor ? { OR: [{ nameKey: { gt: cursor.k } }, { nameKey: cursor.k, id: { gt: cursor.id } }] } : {}),
    },
    orderBy: [{ nameKey: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: { id: true, name: true, nameKey: true },
  });
  const page = pageOf(rows, input.limit, (last) => ({ k: last.nameKey, id: last.id }));
  return { items: page.items.map(({ id, name }) => ({ id, name })), nextCursor: page.nextCursor };
}
