import { createHash } from "node:crypto";
import type { DbOrTx, Prisma, Tx } from "@healio/db";
import { AppError } from "../app-error";
import type { PlaceOrderParams, PlaceOrderResult } from "./checkout.schema";

/** JSON with sorted object keys, so equal bodies hash equally whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Hash of the validated request without its key; lines are order-independent. */
export function requestHash(input: PlaceOrderParams): string {
  const { idempotencyKey: _key, ...body } = input;
  const lines = body.lines
    ? [...body.lines].sort((a, b) => (a.medicineId < b.medicineId ? -1 : a.medicineId > b.medicineId ? 1 : 0))
    : undefined;
  return createHash("sha256").update(canonical({ ...body, lines })).digest("hex");
}

/**
 * Inserts the key row as the transaction's FIRST write. The unique (userId, key) index makes a
 * concurrent duplicate wait here until the first transaction ends: if it committed, this returns
 * false (ON CONFLICT DO NOTHING) and the caller replays the stored response; if it rolled back
 * (e.g. out of stock), this insert goes through and the request runs afresh.
 */
export async function claimIdempotencyKey(tx: Tx, userId: string, key: string, hash: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "IdempotencyKey" (id, "userId", key, "requestHash", "createdAt")
    VALUES (gen_random_uuid()::text, ${userId}, ${key}, ${hash}, now())
    ON CONFLICT ("userId", key) DO NOTHING
    RETURNING id`;
  return rows.length === 1;
}

export async function storeResponse(
  tx: Tx,
  userId: string,
  key: string,
  result: PlaceOrderResult,
): Promise<void> {
  await tx.idempotencyKey.update({
    where: { userId_key: { userId, key } },
    data: { checkoutId: result.checkoutId, response: result as unknown as Prisma.InputJsonValue },
  });
}

/**
 * The stored result of an earlier request with this key, or null when there is none. The same key
 * with a different body is a client bug (or a replay attack): CONFLICT, nothing is done.
 */
export async function findReplay(
  db: DbOrTx,
  userId: string,
  key: string,
  hash: string,
): Promise<PlaceOrderResult | null> {
  const stored = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, response: true },
  });
  if (!stored) return null;
  if (stored.requestHash !== hash) {
    throw new AppError("CONFLICT", "This idempotency key was already used for a different order.", {
      reason: "idempotency_key_reused",
    });
  }
  // Key row and response are written in the same transaction, so a committed row has a response.
  if (stored.response === null) throw new AppError("CONFLICT", "This order is still being processed.", { reason: "in_progress" });
  return stored.response as unknown as PlaceOrderResult;
}
