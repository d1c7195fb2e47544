/** Human-facing order number: 123 -> "HL-000123". */
export function formatOrderNumber(number: number): string {
  return `HL-${String(number).padStart(6, "0")}`;
}

/** Accepts "HL-000123", "hl000123", "#123", "123"; null when the text is not an order number. */
export function parseOrderNumber(text: string): number | null {
  const match = /^\s*(?:#|hl-?)?0*(\d{1,9})\s*$/i.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}
