import { Prisma } from "@healio/db";
import type { OrderStatus } from "@healio/db";

/**
 * THE definitions of the revenue analytics — every dashboard query builds on these fragments and
 * the console shows ANALYTICS_DEFINITIONS (below) next to the figures. Change them here only.
 */

/** "delivered": only DELIVERED orders count; "booked": every order that is not CANCELLED. */
export const REVENUE_BASES = ["delivered", "booked"] as const;
export type RevenueBasis = (typeof REVENUE_BASES)[number];

/**
 * Order statuses whose lines count as revenue, per basis. CANCELLED is in neither; neither is
 * AWAITING_PRESCRIPTION (not an accepted order until a pharmacist approves it: then it is PLACED).
 */
export const COUNTED_STATUSES: Record<RevenueBasis, readonly OrderStatus[]> = {
  delivered: ["DELIVERED"],
  booked: ["PLACED", "PROCESSING", "SHIPPED", "DELIVERED"],
};

/** Whose orders a dashboard reads: the whole marketplace, or one seller's own orders. */
export type AnalyticsScope = { kind: "marketplace" } | { kind: "seller"; sellerId: string };

/*
 * Orders are read from "Order" (alias o); order lines from "OrderItem" (alias i) through the copies
 * of their order's createdAt / status / sellerId that database triggers keep on every line (see the
 * analytics_audit migration), so line aggregates never join "Order".
 * The marketplace dashboard may read the rollups the analytics_rollups migration keeps instead
 * (rollup-plan.ts decides): "hour" = "AnalyticsHourRollup" (alias h: sums per UTC hour and status),
 * "checkout" = "AnalyticsCheckoutHourRollup" (alias c: checkouts per UTC hour and set of statuses),
 * "span" = "AnalyticsMedicineRollup" / "AnalyticsSellerRollup" (alias r: sums per span of days and
 * status). They hold sums of the same columns by status, so the same predicates below apply.
 */
export type Source = "order" | "line" | "hour" | "checkout" | "span";

const NONE = Prisma.raw("NULL");
const COLUMNS: Record<Source, { createdAt: Prisma.Sql; status: Prisma.Sql; sellerId: Prisma.Sql }> = {
  order: { createdAt: Prisma.raw(`o."createdAt"`), status: Prisma.raw(`o.status`), sellerId: Prisma.raw(`o."sellerId"`) },
  line: { createdAt: Prisma.raw(`i."orderCreatedAt"`), status: Prisma.raw(`i."orderStatus"`), sellerId: Prisma.raw(`i."orderSellerId"`) },
  hour: { createdAt: Prisma.raw(`h.hour`), status: Prisma.raw(`h.status`), sellerId: NONE },
  checkout: { createdAt: Prisma.raw(`c.hour`), status: NONE, sellerId: NONE },
  span: { createdAt: NONE, status: Prisma.raw(`r.status`), sellerId: Prisma.raw(`r."sellerId"`) },
};

/** The order (or the line's order) counts as revenue under `basis`. */
export function countedSql(source: Source, basis: RevenueBasis): Prisma.Sql {
  if (source === "checkout") {
    // A checkout counts when at least one of its orders does: its status mask meets the basis's.
    const bits = COUNTED_STATUSES[basis].map((s) => Prisma.sql`"healio_order_status_bit"(${s}::"OrderStatus")`);
    return Prisma.sql`(c."statusMask" & (${Prisma.join(bits, " | ")})) <> 0`;
  }
  const statuses = COUNTED_STATUSES[basis].map((s) => Prisma.sql`${s}::"OrderStatus"`);
  return Prisma.sql`${COLUMNS[source].status} IN (${Prisma.join(statuses)})`;
}

/**
 * The basis rollups (alias r) hold each basis's sum of the counted statuses already: the database
 * function healio_revenue_bases() maps a status to the bases that count it, the inverse of
 * COUNTED_STATUSES (analytics-rollups.test.ts checks they agree).
 */
export function basisSql(basis: RevenueBasis): Prisma.Sql {
  return Prisma.sql`r.basis = ${basis}`;
}

/**
 * Revenue of one order line (alias i): quantity × unit price − line discount, in integer cents. The
 * column lineTotalCents holds exactly that (CHECK "OrderItem_line_total" in the init migration), so
 * sums read one column. Summed as bigint: an int4 sum could overflow at marketplace scale.
 */
export const LINE_REVENUE = Prisma.sql`i."lineTotalCents"::bigint`;

/** Restricts the source to the scope: nothing for the marketplace, `sellerId = …` for a seller. */
export function scopeSql(source: Source, scope: AnalyticsScope): Prisma.Sql {
  return scope.kind === "seller" ? Prisma.sql`AND ${COLUMNS[source].sellerId} = ${scope.sellerId}` : Prisma.empty;
}

/** The order's placement time falls within [from, to) (ISO instants from resolveRange). */
export function placedWithinSql(source: Source, from: string, to: string): Prisma.Sql {
  const at = COLUMNS[source].createdAt;
  return Prisma.sql`${at} >= ${utcTimestamp(from)} AND ${at} < ${utcTimestamp(to)}`;
}

/** The order was placed at or after `instant`: the current period (vs the previous one). */
export function placedSinceSql(source: Source, instant: string): Prisma.Sql {
  return Prisma.sql`${COLUMNS[source].createdAt} >= ${utcTimestamp(instant)}`;
}

/** The calendar day (in the store's time zone) the order was placed; createdAt is a UTC `timestamp`. */
export function localDaySql(source: Source, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${COLUMNS[source].createdAt} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
}

/** An ISO instant ("…Z") as a UTC `timestamp(3)` comparable with the createdAt columns. */
export function utcTimestamp(iso: string): Prisma.Sql {
  return Prisma.sql`(${iso}::timestamptz AT TIME ZONE 'UTC')::timestamp(3)`;
}

/** What each figure means, shown on the dashboards (one source for the UI and the queries above). */
export const ANALYTICS_DEFINITIONS = [
  {
    term: "Revenue",
    text:
      "Sum of order lines (quantity × unit price − line discount) of DELIVERED orders; switch to “booked” " +
      "to count every accepted order that is not cancelled (placed, processing, shipped, delivered). " +
      "Cancelled orders never count; orders still awaiting a prescription check count once approved. " +
      "Shipping is not revenue and is shown apart.",
  },
  {
    term: "Orders",
    text:
      "Checkouts with at least one counted order. A checkout split across several pharmacies (one order " +
      "per pharmacy) counts once; on a seller's dashboard every checkout is that seller's one order.",
  },
  { term: "Units", text: "Sum of the quantities of the counted order lines." },
  {
    term: "Categories",
    text:
      "A medicine's sales count under the top-level category it is in now: moving a medicine to another " +
      "category moves its past sales with it.",
  },
  { term: "Average order value", text: "Revenue ÷ orders, rounded to the cent." },
  {
    term: "New customers",
    text:
      "Customers whose first order ever (of any status; on a seller's dashboard: their first order from " +
      "that seller) was placed in the range.",
  },
  {
    term: "Cancellation rate",
    text: "Cancelled orders ÷ all orders placed in the range, counting each pharmacy's order of a checkout.",
  },
  {
    term: "Dates",
    text:
      "An order belongs to the day it was placed, in the store's time zone. The change compares with the " +
      "same number of days immediately before the range.",
  },
] as const;
