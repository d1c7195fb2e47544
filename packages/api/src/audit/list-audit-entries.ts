import type { DbOrTx, Prisma } from "@healio/db";
import { z } from "zod";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";

export type AuditEntryView = {
  id: string;
  action: string;
  actor: { id: string; name: string } | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  createdAt: Date;
};
export type AuditPage = { items: AuditEntryView[]; nextCursor: string | null };

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/**
 * One entity's audit trail, newest first, keyset paginated on (createdAt DESC, id DESC) — served
 * by the AuditLog (entityType, entityId, createdAt DESC) index. Access is the caller's business.
 */
export async function listAuditEntries(
  db: DbOrTx,
  entity: { entityType: string; entityId: string },
  page: { cursor?: string | undefined; limit: number },
): Promise<AuditPage> {
  const cursor = page.cursor ? decodeKeyset(page.cursor, cursorSchema) : null;
  const at = cursor ? new Date(cursor.k) : null;
  const rows = await db.auditLog.findMany({
    where: {
      entityType: entity.entityType,
      entityId: entity.entityId,
      ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    select: {
      id: true,
      action: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
  });
  return pageOf(rows, page.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
}
