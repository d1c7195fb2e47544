import type { DbOrTx, Prisma } from "@healio/db";

export interface AuditEntry {
  actorId: string | null;
  /** Verb in the past tense, namespaced by entity: "medicine.price_changed", "order.status_changed". */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * jsonb refuses lone UTF-16 surrogates ("\ud800") that text columns silently store as U+FFFD (the
 * driver encodes them so): replace them the same way, so a hostile string can never turn an
 * audited change into a database error.
 */
function wellFormed(value: Prisma.InputJsonValue | null | undefined): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (Array.isArray(value)) return value.map((v) => wellFormed(v as Prisma.InputJsonValue) ?? null) as Prisma.InputJsonValue;
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, v === null ? null : wellFormed(v as Prisma.InputJsonValue)]),
    ) as Prisma.InputJsonValue;
  }
  return value;
}

/**
 * Writes one AuditLog row. Call it with the same transaction client that makes the change, so
 * the audit row commits (or rolls back) together with what it describes.
 */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: wellFormed(entry.before),
      after: wellFormed(entry.after),
    },
  });
}

/** The fields of `after` whose values differ from `before` (shallow, JSON-comparable values). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (key) => after[key] !== undefined && JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  );
}

/** Several AuditLog rows in one INSERT (same transaction rule as `recordAudit`). */
export async function recordAudits(db: DbOrTx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: wellFormed(entry.before),
      after: wellFormed(entry.after),
    })),
  });
}
