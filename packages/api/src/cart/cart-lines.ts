import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import { MAX_LINE_QUANTITY } from "../pricing/price-lines";

/** Distinct medicines a cart may hold. */
export const MAX_CART_LINES = 50;

/**
 * Adds `quantity` to the line (creating it if needed) in ONE statement, so concurrent adds never
 * lose an update; the sum is capped at 99 (the CHECK constraint's limit).
 */
export async function upsertCartLine(
  db: DbOrTx,
  userId: string,
  medicineId: string,
  quantity: number,
  mode: "add" | "set",
): Promise<void> {
  const onConflict =
    mode === "add"
      ? Prisma.sql`LEAST("CartItem".quantity + EXCLUDED.quantity, ${MAX_LINE_QUANTITY}::int)`
      : Prisma.sql`EXCLUDED.quantity`;
  // "updatedAt" is maintained by the Prisma client, so raw SQL sets it itself.
  await db.$executeRaw`
    INSERT INTO "CartItem" (id, "userId", "medicineId", quantity, "createdAt", "updatedAt")
    VALUES (gen_random_uuid()::text, ${userId}, ${medicineId}, LEAST(${quantity}::int, ${MAX_LINE_QUANTITY}::int), now(), now())
    ON CONFLICT ("userId", "medicineId") DO UPDATE SET quantity = ${onConflict}, "updatedAt" = now()`;
}

export async function countCartLines(db: DbOrTx, userId: string): Promise<number> {
  return db.cartItem.count({ where: { userId } });
}

export async function hasCartLine(db: DbOrTx, userId: string, medicineId: string): Promise<boolean> {
  const line = await db.cartItem.findUnique({
    where: { userId_medicineId: { userId, medicineId } },
    select: { id: true },
  });
  return line !== null;
}

/** Lines of the same medicine summed (capped at 99), first appearance first. */
export function sumLines(lines: readonly { medicineId: string; quantity: number }[]): Map<string, number> {
  const summed = new Map<string, number>();
  for (const line of lines) {
    summed.set(line.medicineId, Math.min((summed.get(line.medicineId) ?? 0) + line.quantity, MAX_LINE_QUANTITY));
  }
  return summed;
}
