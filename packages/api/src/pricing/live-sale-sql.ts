import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";

/**
 * THE flash-sale rule, as SQL, next to priceLines (which turns its result into money). The
 * effective price of a medicine at instant t is the lowest price among its sale items live at t —
 * item APPROVED, event not cancelled, startsAt <= t < endsAt, cap not exhausted — else the list
 * price. A percent off is rounded to the nearest cent; a sale price is never above the list price
 * (LEAST), even when the seller lowered the list price after the item was created.
 *
 * Computed from the live tables at request time (no stored "current price"), so a sale starts and
 * ends at the same instant for every request and every process. Overlapping events are resolved by
 * the lowest price; when one ends, the next live one applies.
 */
export type LiveSale = {
  saleItemId: string;
  saleEventId: string;
  saleEventName: string;
  saleEventSlug: string;
  saleEndsAt: Date;
  salePriceCents: number;
  capUnits: number | null;
  soldUnits: number;
  perCustomerLimit: number | null;
};

/** `${at}` as a timestamptz literal: instants compare exactly, whatever the session time zone. */
export function instant(at: Date): Prisma.Sql {
  return Prisma.sql`${at.toISOString()}::timestamptz`;
}

/**
 * The unit price one sale item offers for the medicine row aliased `medicineAlias` (the item row
 * aliased `saleItemAlias`): its sale price, else the percent off rounded to the nearest cent, never
 * above the list price. The only place this arithmetic exists: the live-sale join below, the sale
 * pages and the console's item lists all select it, so what they show is what checkout charges.
 */
export function saleItemPriceSql(medicineAlias: string, saleItemAlias: string): Prisma.Sql {
  const m = Prisma.raw(medicineAlias);
  const si = Prisma.raw(saleItemAlias);
  return Prisma.sql`LEAST(${m}."priceCents", COALESCE(${si}."salePriceCents", round(${m}."priceCents" * (100 - ${si}."percentOff") / 100.0)::int))`;
}

/**
 * `LEFT JOIN LATERAL (...) sale ON TRUE` for the medicine row aliased `medicineAlias`; select
 * `liveSaleColumns` to read it. One index probe per medicine (SaleItem_medicine_approved).
 */
export function liveSaleJoin(medicineAlias: string, at: Date): Prisma.Sql {
  const m = Prisma.raw(medicineAlias);
  const t = instant(at);
  return Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT si.id AS "saleItemId", e.id AS "saleEventId", e.name AS "saleEventName", e.slug AS "saleEventSlug",
           e."endsAt" AS "saleEndsAt",
           ${saleItemPriceSql(medicineAlias, "si")} AS "salePriceCents",
           si."capUnits", si."soldUnits", si."perCustomerLimit"
    FROM "SaleItem" si JOIN "SaleEvent" e ON e.id = si."eventId"
    WHERE si."medicineId" = ${m}.id AND si.status = 'APPROVED'
      AND e."cancelledAt" IS NULL AND e."startsAt" <= ${t} AND ${t} < e."endsAt"
      AND (si."capUnits" IS NULL OR si."soldUnits" < si."capUnits")
    ORDER BY 6 ASC, e."endsAt" ASC, si.id ASC
    LIMIT 1
  ) sale ON TRUE`;
}

export const liveSaleColumns = Prisma.sql`
  sale."saleItemId", sale."saleEventId", sale."saleEventName", sale."saleEventSlug", sale."saleEndsAt",
  sale."salePriceCents", sale."capUnits", sale."soldUnits", sale."perCustomerLimit"`;

export type LiveSaleRow = { [K in keyof LiveSale]: LiveSale[K] | null };

/** The LiveSale of a row that selected `liveSaleColumns` (null when no sale is live). */
export function liveSaleOf(row: LiveSaleRow): LiveSale | null {
  if (row.saleItemId === null || row.salePriceCents === null) return null;
  return {
    saleItemId: row.saleItemId,
    saleEventId: row.saleEventId!,
    saleEventName: row.saleEventName!,
    saleEventSlug: row.saleEventSlug!,
    saleEndsAt: row.saleEndsAt!,
    salePriceCents: Number(row.salePriceCents),
    capUnits: row.capUnits === null ? null : Number(row.capUnits),
    soldUnits: Number(row.soldUnits ?? 0),
    perCustomerLimit: row.perCustomerLimit === null ? null : Number(row.perCustomerLimit),
  };
}

/**
 * The effective unit price of the medicine row aliased `medicineAlias` (needs its id and
 * "priceCents") at `at`, as a scalar expression: the rule above, else the list price. One index
 * probe per row: fine as a filter or on a bounded set (search matches), not as the sort key of
 * a walk over the whole catalogue (see medicine-list-sql.ts for how price sorts stay index walks).
 */
export function effectivePriceSql(medicineAlias: string, at: Date): Prisma.Sql {
  const m = Prisma.raw(medicineAlias);
  return Prisma.sql`COALESCE((SELECT sale."salePriceCents" FROM (SELECT 1) AS one ${liveSaleJoin(medicineAlias, at)}), ${m}."priceCents")`;
}

/** The medicine row aliased `medicineAlias` has a live sale at `at` (the rule above). */
export function hasLiveSaleSql(medicineAlias: string, at: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM (SELECT 1) AS one ${liveSaleJoin(medicineAlias, at)} WHERE sale."saleItemId" IS NOT NULL)`;
}

/**
 * Ids of medicines that MAY have a live sale at `at`: approved items of events spanning `at`
 * (through the SaleEvent time indexes). A superset only: liveSaleJoin still decides (cancelled
 * events, exhausted caps). Lets a query visit the few medicines on sale without a catalogue scan.
 */
export function saleCandidateIdsSql(at: Date): Prisma.Sql {
  const t = instant(at);
  return Prisma.sql`
    SELECT si."medicineId" FROM "SaleEvent" e JOIN "SaleItem" si ON si."eventId" = e.id
    WHERE si.status = 'APPROVED' AND e."startsAt" <= ${t} AND ${t} < e."endsAt"`;
}

/** The live sale of each medicine at `at` (medicines without one are absent). */
export async function liveSalesFor(db: DbOrTx, medicineIds: readonly string[], at: Date): Promise<Map<string, LiveSale>> {
  if (medicineIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(LiveSaleRow & { id: string })[]>`
    SELECT m.id, ${liveSaleColumns}
    FROM "Medicine" m ${liveSaleJoin("m", at)}
    WHERE m.id = ANY(${[...medicineIds]}::text[]) AND sale."saleItemId" IS NOT NULL`;
  return new Map(rows.flatMap((r) => {
    const sale = liveSaleOf(r);
    return sale ? [[r.id, sale] as const] : [];
  }));
}

/**
 * The next instant after `at` when any sale starts or ends (null: none scheduled). Anything that
 * caches prices must expire by then; cancelling, approving or editing a sale changes prices at once
 * and is not a boundary, so such caches must also be invalidated on those writes.
 */
export async function nextSaleBoundary(db: DbOrTx, at: Date): Promise<Date | null> {
  const t = instant(at);
  const rows = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min(x) AS next FROM (
      SELECT "startsAt" AS x FROM "SaleEvent" WHERE "cancelledAt" IS NULL AND "startsAt" > ${t}
      UNION ALL
      SELECT "endsAt" FROM "SaleEvent" WHERE "cancelledAt" IS NULL AND "endsAt" > ${t}
    ) b`;
  return rows[0]?.next ?? null;
}
