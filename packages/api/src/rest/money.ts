/**
 * REST money: every integer `<name>Cents` field keeps its exact integer and gains a `<name>` twin
 * with the decimal string for people ("12.50"), as the original API called it (`price`); where
 * `<name>` holds something else somewhere in the API (`shipping` is an order's address) the twin
 * is always `<name>Decimal`, in every object, so clients can rely on one name. Applied to every REST answer, so no route can forget it. Strings, never floats:
 * clients that need arithmetic use the cents.
 */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Names that are not money elsewhere in the API: their twins are `<name>Decimal` everywhere. */
const TAKEN_NAMES = new Set(["shipping"]);

export function withDecimalMoney(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDecimalMoney);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = withDecimalMoney(field);
    const base = key.endsWith("Cents") ? key.slice(0, -"Cents".length) : "";
    if (base && Number.isSafeInteger(field)) out[TAKEN_NAMES.has(base) || base in value ? `${base}Decimal` : base] = centsToDecimal(field as number);
  }
  return out;
}
