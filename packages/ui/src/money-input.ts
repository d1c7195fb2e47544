/**
 * Money typed by people, in dollars, to integer cents — by parsing the digits, never with float
 * math ("19.99" * 100 is 1998.9999999999998 in IEEE doubles). Accepts "12", "12.5", "12.50",
 * "$1,234.56", ".99"; refuses negative amounts, more than two decimals and anything else.
 */
export type DollarsParseResult = { ok: true; cents: number } | { ok: false; message: string };

const DOLLARS = /^(?<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?<fraction>\d*))?$/;
/** 999,999,999 dollars: far above any price, and x100 stays an exact integer. */
const MAX_WHOLE_DIGITS = 9;

export function parseDollarsToCents(raw: string): DollarsParseResult {
  const text = raw.trim().replace(/^\$\s*/, "");
  if (text === "") return { ok: false, message: "Enter an amount in dollars, e.g. 12.99." };
  if (text.startsWith("-")) return { ok: false, message: "The amount cannot be negative." };
  const match = DOLLARS.exec(text);
  const whole = (match?.groups?.whole ?? "").replace(/,/g, "");
  const fraction = match?.groups?.fraction ?? "";
  if (!match || (whole === "" && fraction === "")) {
    return { ok: false, message: "Enter an amount in dollars, e.g. 12.99." };
  }
  if (fraction.length > 2) return { ok: false, message: "Use at most two decimals (whole cents)." };
  if (whole.replace(/^0+/, "").length > MAX_WHOLE_DIGITS) return { ok: false, message: "The amount is too large." };
  const cents = Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0"));
  return { ok: true, cents };
}

/** Integer cents as an editable dollar string: 1299 -> "12.99", 500 -> "5.00". */
export function centsToDollarString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
