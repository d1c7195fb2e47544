/** All money is integer minor units (cents). Only display code turns it into text. */
export const CURRENCY = "USD" as const;
export type Currency = typeof CURRENCY;

/** One formatter per currency: building an Intl.NumberFormat costs far more than formatting with it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** "$12.34" (for e-mails; the apps format with Intl themselves). */
export function formatCents(cents: number, currency: string = CURRENCY): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(cents / 100);
}

/** Throws on anything that is not a non-negative safe integer: money never becomes a float. */
export function assertCents(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  return value;
}
