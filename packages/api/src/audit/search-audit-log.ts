import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { apiEnv } from "../env";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import { diffAuditSnapshots } from "./audit-diff";
import type { AuditLogFacets, AuditLogListParams, AuditLogPage } from "./audit-log.schema";

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

type Row = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
};

/** A local calendar day of the store's time zone as the UTC `timestamp` its midnight is. */
function localMidnight(date: string, timeZone: string, plusDays = 0): Prisma.Sql {
  return Prisma.sql`((${date}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC')`;
}

/**
 * The admin audit log, newest first, keyset paginated on (createdAt DESC, id DESC). Each filter is
 * an equality the AuditLog indexes lead with (actorId / entityType[, entityId] / action, then
 * createdAt DESC), so every page is an index range scan however old the cursor is.
 */
export async function searchAuditLog(
  db: DbOrTx,
  _actor: Actor,
  params: AuditLogListParams,
  options: { timeZone?: string } = {},
): Promise<AuditLogPage> {
  const tz = options.timeZone ?? apiEnv.STORE_TIME_ZONE;
  const cursor = params.cursor ? decodeKeyset(params.cursor, cursorSchema) : null;
  const where: Prisma.Sql[] = [];
  if (params.actor) {
    where.push(Prisma.sql`a."actorId" IN (SELECT u.id FROM "user" u WHERE u.id = ${params.actor} OR u.email = lower(${params.actor}))`);
  }
  if (params.entityType) where.push(Prisma.sql`a."entityType" = ${params.entityType}`);
  if (params.entityId) where.push(Prisma.sql`a."entityId" = ${params.entityId}`);
  if (params.action) where.push(Prisma.sql`a.action = ${params.action}`);
  if (params.from) where.push(Prisma.sql`a."createdAt" >= ${localMidnight(params.from, tz)}`);
  if (params.to) where.push(Prisma.sql`a."createdAt" < ${localMidnight(params.to, tz, 1)}`);
  if (cursor) {
    const at = Prisma.sql`(${cursor.k}::timestamptz AT TIME ZONE 'UTC')::timestamp(3)`;
    where.push(Prisma.sql`a."createdAt" <= ${at} AND (a."createdAt" < ${at} OR a.id < ${cursor.id})`);
  }
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT a.id, a."createdAt", a.action, a."entityType", a."entityId", a.before, a.after,
           a."actorId", u.name AS "actorName", u.role::text AS "actorRole"
    FROM "AuditLog" a
    LEFT JOIN "user" u ON u.id = a."actorId"
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${params.limit + 1}`);
  const page = pageOf(rows, params.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      actor: r.actorId && r.actorName !== null ? { id: r.actorId, name: r.actorName, role: r.actorRole ?? "" } : null,
      before: r.before,
      after: r.after,
      changes: diffAuditSnapshots(r.before, r.after),
    })),
  };
}

/**
 * The distinct entity types and actions, for the filter pickers: a loose index scan (one index
 * probe per distinct value) instead of reading every audit row.
 */
export async function getAuditLogFacets(db: DbOrTx, _actor: Actor): Promise<AuditLogFacets> {
  const distinct = (column: "entityType" | "action") => {
    const col = Prisma.raw(`"${column}"`);
    return db.$queryRaw<{ value: string }[]>(Prisma.sql`
      WITH RECURSIVE v AS (
        (SELECT ${col} AS value FROM "AuditLog" ORDER BY ${col} LIMIT 1)
        UNION ALL
        SELECT (SELECT ${col} FROM "AuditLog" WHERE ${col} > v.value ORDER BY ${col} LIMIT 1) FROM v WHERE v.value IS NOT NULL
      )
      SELECT value FROM v WHERE value IS NOT NULL`);
  };
  const [types, actions] = await Promise.all([distinct("entityType"), distinct("action")]);
  return { entityTypes: types.map((r) => r.value), actions: actions.map((r) => r.value) };
}
