/**
 * SQL sums arrive as bigint (exact). Dashboard figures cross the wire as JSON numbers, which are
 * exact up to 2^53 cents (~90 trillion dollars): refuse anything beyond instead of rounding.
 */
export function exactNumber(value: bigint | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "bigint" ? Number(value) : value;
  if (!Number.isSafeInteger(n)) throw new Error(`analytics: ${String(value)} is not a safe integer`);
  return n;
}

/** revenue ÷ orders in integer cents, rounded half up; null without orders. */
export function averageCents(revenueCents: number, orders: number): number | null {
  if (orders === 0) return null;
  const r = BigInt(revenueCents);
  const o = BigInt(orders);
  return Number((r * 2n + o) / (2n * o));
}
