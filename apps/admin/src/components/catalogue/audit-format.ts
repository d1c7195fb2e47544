import { formatMoney } from "@healio/ui";

/** People-facing names of stock movement reasons (StockMovementReason). */
export const STOCK_REASON_LABEL: Record<string, string> = {
  INITIAL: "Opening stock",
  RESTOCK: "Restock",
  CORRECTION: "Correction",
  WRITE_OFF_DAMAGE: "Write-off (damaged)",
  WRITE_OFF_EXPIRY: "Write-off (expired)",
  ORDER: "Order",
  ORDER_CANCELLED: "Order cancelled",
};

const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  genericName: "Generic name",
  strength: "Strength",
  dosageForm: "Dosage form",
  packSize: "Pack size",
  description: "Description",
  imageUrl: "Image URL",
  requiresPrescription: "Prescription required",
  priceCents: "Price",
  lowStockThreshold: "Low-stock threshold",
  category: "Category",
  manufacturer: "Manufacturer",
  status: "Status",
  stock: "Stock",
  slug: "URL slug",
};

/** Ids duplicate the names stored next to them; movement internals are shown in the ledger. */
const HIDDEN = new Set(["categoryId", "manufacturerId", "movementId", "delta", "reason", "note"]);

type JsonRecord = Record<string, unknown>;

function asRecord(value: unknown): JsonRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonRecord) : {};
}

export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (key === "priceCents" && typeof value === "number") return formatMoney(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (key === "status" && typeof value === "string") return value === "ARCHIVED" ? "Archived" : value === "ACTIVE" ? "Active" : value;
  if (typeof value === "number") return new Intl.NumberFormat("en-US").format(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export type AuditChange = { key: string; label: string; before: string | null; after: string };

/** The visible field changes of an audit row, in a stable order (the form's order). */
export function auditChanges(action: string, before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const order = Object.keys(FIELD_LABEL);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !HIDDEN.has(k))
    .sort((x, y) => (order.indexOf(x) + 1 || 99) - (order.indexOf(y) + 1 || 99));
  // A creation lists what it was created with; only the fields that matter for money and safety.
  const shown =
    action === "medicine.created"
      ? keys.filter((k) => ["priceCents", "category", "manufacturer", "requiresPrescription", "status"].includes(k))
      : keys;
  return shown.map((key) => ({
    key,
    label: FIELD_LABEL[key] ?? key,
    before: key in b ? formatAuditValue(key, b[key]) : null,
    after: formatAuditValue(key, a[key]),
  }));
}

/** A short title for an audit row. */
export function auditTitle(action: string, after: unknown): string {
  const a = asRecord(after);
  switch (action) {
    case "medicine.created":
      return "Listing created";
    case "medicine.updated":
      return "Listing edited";
    case "medicine.stock_changed": {
      const reason = typeof a.reason === "string" ? STOCK_REASON_LABEL[a.reason] ?? a.reason : null;
      return reason ? `Stock changed · ${reason}` : "Stock changed";
    }
    case "medicine.status_changed":
      return a.status === "ARCHIVED" ? "Archived" : "Restored to sale";
    case "medicine.category_reassigned":
      return "Category reassigned (category deleted)";
    default: {
      const verb = action.split(".").at(-1) ?? action;
      return verb.charAt(0).toUpperCase() + verb.slice(1).replace(/_/g, " ");
    }
  }
}

/** The note of a stock change audit row, if any. */
export function auditNote(after: unknown): string | null {
  const note = asRecord(after).note;
  return typeof note === "string" && note ? note : null;
}

/** "+15" / "−3" with a real minus sign. */
export function formatDelta(delta: number): string {
  const n = new Intl.NumberFormat("en-US").format(Math.abs(delta));
  return delta > 0 ? `+${n}` : `−${n}`;
}
