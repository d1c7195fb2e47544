import { Prisma, type DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import { findAffectedOrders, type AffectedOrder } from "./affected-orders";
import type { RecallListParams } from "./recall.schema";

export const RECALL_NOT_FOUND = "Recall not found.";

export type RecallSummary = {
  id: string;
  status: "OPEN" | "CLOSED";
  reason: string;
  unitsBlocked: number;
  customersNotified: number;
  createdAt: Date;
  closedAt: Date | null;
  closeNote: string | null;
  lot: { id: string; lotNumber: string; expiresAt: Date; quantity: number; state: string };
  medicine: { id: string; name: string; strength: string };
  seller: { id: string; storeName: string };
  createdBy: string | null;
  closedBy: string | null;
};

/** Affected orders as the caller may see them: customer e-mails for admins only (support). */
export type RecallOrder = Omit<AffectedOrder, "customer"> & { customer: { name: string; email?: string } };
export type RecallDetail = RecallSummary & { orders: RecallOrder[]; customers: { name: string; email?: string; orders: number }[] };

type SummaryRow = Omit<RecallSummary, "lot" | "medicine" | "seller"> & {
  batchId: string; lotNumber: string; expiresAt: Date; quantity: number; state: string;
  medicineId: string; name: string; strength: string; sellerId: string; storeName: string;
};

const scopeOf = (actor: Actor) => (actor.role === "ADMIN" ? null : actor.userId);

function summarySql(where: Prisma.Sql, tail: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id, r.status, r.reason, r."unitsBlocked", r."customersNotified", r."createdAt", r."closedAt", r."closeNote",
           b.id AS "batchId", b."lotNumber", b."expiresAt", b.quantity, b.state::text AS state,
           m.id AS "medicineId", m.name, m.strength, r."sellerId", COALESCE(sp."storeName", su.name) AS "storeName",
           cu.name AS "createdBy", xu.name AS "closedBy"
    FROM "Recall" r
    JOIN "Batch" b ON b.id = r."batchId"
    JOIN "Medicine" m ON m.id = r."medicineId"
    JOIN "user" su ON su.id = r."sellerId"
    LEFT JOIN "SellerProfile" sp ON sp."userId" = r."sellerId"
    LEFT JOIN "user" cu ON cu.id = r."createdById"
    LEFT JOIN "user" xu ON xu.id = r."closedById"
    WHERE ${where} ${tail}`;
}

function toSummary(r: SummaryRow): RecallSummary {
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    unitsBlocked: r.unitsBlocked,
    customersNotified: r.customersNotified,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    closeNote: r.closeNote,
    lot: { id: r.batchId, lotNumber: r.lotNumber, expiresAt: r.expiresAt, quantity: r.quantity, state: r.state },
    medicine: { id: r.medicineId, name: r.name, strength: r.strength },
    seller: { id: r.sellerId, storeName: r.storeName },
    createdBy: r.createdBy,
    closedBy: r.closedBy,
  };
}

/** One recall with its affected orders and customers: its seller or any admin; others NOT_FOUND. */
export async function getRecall(db: DbOrTx, actor: Actor, id: string): Promise<RecallDetail> {
  const scope = scopeOf(actor);
  const [row] = await db.$queryRaw<SummaryRow[]>(
    summarySql(Prisma.sql`r.id = ${id} AND (${scope}::text IS NULL OR r."sellerId" = ${scope}::text)`),
  );
  if (!row) throw new AppError("NOT_FOUND", RECALL_NOT_FOUND);
  const admin = actor.role === "ADMIN";
  const affected = await findAffectedOrders(db, row.batchId);
  const orders: RecallOrder[] = affected.map(({ customer, ...o }) => ({
    ...o,
    customer: admin ? { name: customer.name, email: customer.email } : { name: customer.name },
  }));
  const customers = new Map<string, { name: string; email?: string; orders: number }>();
  for (const o of affected) {
    const c = customers.get(o.customer.id) ?? { name: o.customer.name, ...(admin ? { email: o.customer.email } : {}), orders: 0 };
    c.orders += 1;
    customers.set(o.customer.id, c);
  }
  return { ...toSummary(row), orders, customers: [...customers.values()] };
}

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/** Recalls newest first: the seller's own, or all for an admin; optional status filter. */
export async function listRecalls(
  db: DbOrTx,
  actor: Actor,
  input: RecallListParams,
): Promise<{ items: RecallSummary[]; nextCursor: string | null }> {
  const scope = scopeOf(actor);
  const after = input.cursor ? decodeKeyset(input.cursor, cursorSchema) : null;
  const rows = await db.$queryRaw<SummaryRow[]>(
    summarySql(
      Prisma.sql`(${scope}::text IS NULL OR r."sellerId" = ${scope}::text)
        ${input.status ? Prisma.sql`AND r.status = ${input.status}::"RecallStatus"` : Prisma.empty}
        ${after ? Prisma.sql`AND (r."createdAt", r.id) < (${new Date(after.k)}::timestamp, ${after.id})` : Prisma.empty}`,
      Prisma.sql`ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${input.limit + 1}`,
    ),
  );
  return pageOf(rows.map(toSummary), input.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
}
