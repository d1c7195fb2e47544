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
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** The fields of `after` whose values differ from `before` (shallow, JSON-comparable values). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (key) => after[key] !== undefined && JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  );
}
