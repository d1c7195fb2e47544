import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { medicineCardColumns, medicineCardJoinsAt, toMedicineCard, type MedicineCard, type MedicineCardRow } from "../medicine/medicine-card";
import { sellableListingSql } from "../catalog/sellable";
import { nextSaleBoundary, saleItemPriceSql } from "../pricing/live-sale-sql";
import { countedSql, LINE_REVENUE } from "../analytics/definitions";
import { SALE_NOT_FOUND } from "./manage-sale-events";
import { salePhase, type SalePhase } from "./sale-phase";
import type { SaleListParams } from "./sale.schema";

export type SaleEventSummary = {
  id: string;
  name: string;
  slug: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  phase: SalePhase;
};

/** A medicine of one event: its card (priced NOW by the one rule) and this event's own offer. */
export type SaleOffer = {
  medicine: MedicineCard;
  /** The unit price this event offers (never above the list price). */
  eventPriceCents: number;
  capUnits: number | null;
  soldUnits: number;
  perCustomerLimit: number | null;
};

const STRIP_ITEMS = 8;

type OfferRow = MedicineCardRow & { eventId: string; eventPriceCents: number; capUnits2: number | null; soldUnits2: number; perCustomerLimit2: number | null };

/** Approved items of the given events whose medicines are ACTIVE, with cards priced at `at`. */
async function offersOf(db: DbOrTx, eventIds: string[], at: Date, perEvent: number | null): Promise<Map<string, SaleOffer[]>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db.$queryRaw<OfferRow[]>`
    SELECT ${medicineCardColumns}, x."eventId", x."eventPriceCents", x."capUnits" AS "capUnits2", x."soldUnits" AS "soldUnits2",
           x."perCustomerLimit" AS "perCustomerLimit2"
    FROM (
      SELECT si."eventId", si."medicineId", si."capUnits", si."soldUnits", si."perCustomerLimit",
             ${saleItemPriceSql("md", "si")} AS "eventPriceCents",
             row_number() OVER (PARTITION BY si."eventId" ORDER BY si."createdAt", si.id) AS n
      FROM "SaleItem" si JOIN "Medicine" md ON md.id = si."medicineId"
      WHERE si."eventId" = ANY(${eventIds}::text[]) AND si.status = 'APPROVED' AND ${sellableListingSql("md")}
    ) x
    JOIN "Medicine" m ON m.id = x."medicineId"
    ${medicineCardJoinsAt(at)}
    WHERE ${perEvent === null ? Prisma.sql`TRUE` : Prisma.sql`x.n <= ${perEvent}`}
    ORDER BY x."eventId", x.n`;
  const out = new Map<string, SaleOffer[]>();
  for (const r of rows) {
    const list = out.get(r.eventId) ?? [];
    list.push({
      medicine: toMedicineCard(r),
      eventPriceCents: Number(r.eventPriceCents),
      capUnits: r.capUnits2 === null ? null : Number(r.capUnits2),
      soldUnits: Number(r.soldUnits2),
      perCustomerLimit: r.perCustomerLimit2 === null ? null : Number(r.perCustomerLimit2),
    });
    out.set(r.eventId, list);
  }
  return out;
}

const summarySelect = { id: true, name: true, slug: true, description: true, startsAt: true, endsAt: true, cancelledAt: true } as const;
function summary(e: { id: string; name: string; slug: string; description: string; startsAt: Date; endsAt: Date; cancelledAt: Date | null }, at: Date): SaleEventSummary {
  return { id: e.id, name: e.name, slug: e.slug, description: e.description, startsAt: e.startsAt, endsAt: e.endsAt, phase: salePhase(e, at) };
}

export type FlashSaleStrip = {
  /** The server's clock when this was computed: clients sync their countdowns to it. */
  serverTime: Date;
  /** Next start or end of any sale: when prices next change on their own. */
  nextBoundary: Date | null;
  live: (SaleEventSummary & { offers: SaleOffer[] })[];
  upcoming: SaleEventSummary[];
};

/** The home page's flash-sale strip: live events with a few offers each, and the next ones coming. */
export async function getFlashSaleStrip(db: DbOrTx, _actor: Actor | null, at: Date = new Date()): Promise<FlashSaleStrip> {
  const [live, upcoming, nextBoundary] = await Promise.all([
    db.saleEvent.findMany({ where: { cancelledAt: null, startsAt: { lte: at }, endsAt: { gt: at } }, select: summarySelect, orderBy: [{ endsAt: "asc" }, { id: "asc" }], take: 3 }),
    db.saleEvent.findMany({ where: { cancelledAt: null, startsAt: { gt: at } }, select: summarySelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 3 }),
    nextSaleBoundary(db, at),
  ]);
  const offers = await offersOf(db, live.map((e) => e.id), at, STRIP_ITEMS);
  return {
    serverTime: at,
    nextBoundary,
    live: live.map((e) => ({ ...summary(e, at), offers: offers.get(e.id) ?? [] })).filter((e) => e.offers.length > 0),
    upcoming: upcoming.map((e) => summary(e, at)),
  };
}

export type SalePage = SaleEventSummary & { serverTime: Date; offers: SaleOffer[]; cancelReason: string | null };

/** /sales/<slug>: the event and all its approved offers (cancelled events say so). */
export async function getSaleBySlug(db: DbOrTx, _actor: Actor | null, input: { slug: string }, at: Date = new Date()): Promise<SalePage> {
  const event = await db.saleEvent.findUnique({ where: { slug: input.slug }, select: { ...summarySelect, cancelReason: true } });
  if (!event) throw new AppError("NOT_FOUND", SALE_NOT_FOUND);
  const offers = await offersOf(db, [event.id], at, null);
  return { ...summary(event, at), serverTime: at, cancelReason: event.cancelReason, offers: offers.get(event.id) ?? [] };
}

export type SaleEventStats = SaleEventSummary & {
  cancelledAt: Date | null;
  cancelReason: string | null;
  approvedItems: number;
  proposals: number;
  /** Units sold at this event's prices in orders that count as booked revenue (analytics definitions). */
  unitsSold: number;
  /** Booked revenue of those lines (analytics LINE_REVENUE: after the sale discount, before shipping). */
  revenueCents: number;
  /** The part of it whose orders were delivered (the analytics "delivered" basis). */
  deliveredRevenueCents: number;
};

/** Console: every event (or one phase) with units sold and revenue, in two statements. */
export async function listSaleEvents(db: DbOrTx, _actor: Actor, input: SaleListParams, at: Date = new Date()): Promise<SaleEventStats[]> {
  const events = await db.saleEvent.findMany({
    select: { ...summarySelect, cancelReason: true, items: { select: { status: true } } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  // Same revenue definitions as the analytics dashboards (booked = not cancelled and not waiting
  // for a prescription), read from the order status copy kept on each line.
  const stats = await db.$queryRaw<{ eventId: string; units: number; revenue: bigint; delivered: bigint }[]>`
    SELECT i."saleEventId" AS "eventId", sum(i.quantity)::int AS units, sum(${LINE_REVENUE}) AS revenue,
           COALESCE(sum(${LINE_REVENUE}) FILTER (WHERE ${countedSql("line", "delivered")}), 0) AS delivered
    FROM "OrderItem" i
    WHERE i."saleEventId" IS NOT NULL AND ${countedSql("line", "booked")}
    GROUP BY i."saleEventId"`;
  const byEvent = new Map(stats.map((s) => [s.eventId, s]));
  return events
    .map((e) => ({
      ...summary(e, at),
      cancelledAt: e.cancelledAt,
      cancelReason: e.cancelReason,
      approvedItems: e.items.filter((i) => i.status === "APPROVED").length,
      proposals: e.items.filter((i) => i.status === "PROPOSED").length,
      unitsSold: Number(byEvent.get(e.id)?.units ?? 0),
      revenueCents: Number(byEvent.get(e.id)?.revenue ?? 0),
      deliveredRevenueCents: Number(byEvent.get(e.id)?.delivered ?? 0),
    }))
    .filter((e) => input.phase === "all" || e.phase === input.phase);
}

export type SaleItemRow = {
  id: string;
  event: { id: string; name: string; slug: string; phase: SalePhase; startsAt: Date; endsAt: Date };
  medicine: { id: string; name: string; slug: string; listPriceCents: number; storeName: string };
  salePriceCents: number | null;
  percentOff: number | null;
  /** The unit price this item offers at today's list price. */
  eventPriceCents: number;
  capUnits: number | null;
  soldUnits: number;
  perCustomerLimit: number | null;
  status: "PROPOSED" | "APPROVED" | "DECLINED";
  declineReason: string | null;
  /** Booked revenue of this item's lines (analytics definitions). */
  revenueCents: number;
};

async function saleItemRows(db: DbOrTx, where: Prisma.SaleItemWhereInput, at: Date): Promise<SaleItemRow[]> {
  const items = await db.saleItem.findMany({
    where,
    select: {
      id: true, salePriceCents: true, percentOff: true, capUnits: true, soldUnits: true, perCustomerLimit: true, status: true, declineReason: true,
      event: { select: { id: true, name: true, slug: true, startsAt: true, endsAt: true, cancelledAt: true } },
      medicine: { select: { id: true, name: true, slug: true, priceCents: true, seller: { select: { name: true, sellerProfile: { select: { storeName: true } } } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  const ids = items.map((x) => x.id);
  // The offered price comes from the one pricing rule (SQL), read in the same statement as revenue.
  const figures = items.length
    ? await db.$queryRaw<{ id: string; price: number; revenue: bigint | null }[]>`
        SELECT si.id, ${saleItemPriceSql("md", "si")} AS price,
               (SELECT sum(${LINE_REVENUE}) FROM "OrderItem" i WHERE i."saleItemId" = si.id AND ${countedSql("line", "booked")}) AS revenue
        FROM "SaleItem" si JOIN "Medicine" md ON md.id = si."medicineId"
        WHERE si.id = ANY(${ids}::text[])`
    : [];
  const byItem = new Map(figures.map((r) => [r.id, { price: Number(r.price), revenue: Number(r.revenue ?? 0) }]));
  return items.map((i) => {
    const list = i.medicine.priceCents;
    const figure = byItem.get(i.id);
    return {
      id: i.id,
      event: { id: i.event.id, name: i.event.name, slug: i.event.slug, phase: salePhase(i.event, at), startsAt: i.event.startsAt, endsAt: i.event.endsAt },
      medicine: { id: i.medicine.id, name: i.medicine.name, slug: i.medicine.slug, listPriceCents: list, storeName: i.medicine.seller.sellerProfile?.storeName ?? i.medicine.seller.name },
      salePriceCents: i.salePriceCents,
      percentOff: i.percentOff,
      eventPriceCents: figure?.price ?? list,
      capUnits: i.capUnits,
      soldUnits: i.soldUnits,
      perCustomerLimit: i.perCustomerLimit,
      status: i.status,
      declineReason: i.declineReason,
      revenueCents: figure?.revenue ?? 0,
    };
  });
}

/** Console (admin): one event with every item, proposals included. */
export async function getSaleEventForAdmin(db: DbOrTx, _actor: Actor, input: { eventId: string }, at: Date = new Date()) {
  const event = await db.saleEvent.findUnique({ where: { id: input.eventId }, select: { ...summarySelect, cancelReason: true } });
  if (!event) throw new AppError("NOT_FOUND", SALE_NOT_FOUND);
  return { ...summary(event, at), cancelledAt: event.cancelledAt, cancelReason: event.cancelReason, items: await saleItemRows(db, { eventId: event.id }, at) };
}

/** Console (admin): the proposals queue, oldest first within the 500 newest. */
export async function listSaleProposals(db: DbOrTx, _actor: Actor, at: Date = new Date()): Promise<SaleItemRow[]> {
  return (await saleItemRows(db, { status: "PROPOSED" }, at)).reverse();
}

/** Console (seller): the caller's own medicines in events, with status and figures. */
export function listOwnSaleItems(db: DbOrTx, actor: Actor, at: Date = new Date()): Promise<SaleItemRow[]> {
  return saleItemRows(db, { medicine: { sellerId: actor.userId } }, at);
}

/** Console (seller): events still open to proposals (not ended, not cancelled). */
export async function listOpenSaleEvents(db: DbOrTx, _actor: Actor, at: Date = new Date()): Promise<SaleEventSummary[]> {
  const events = await db.saleEvent.findMany({ where: { cancelledAt: null, endsAt: { gt: at } }, select: summarySelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 100 });
  return events.map((e) => summary(e, at));
}
