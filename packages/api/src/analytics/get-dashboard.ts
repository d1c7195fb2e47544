import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { apiEnv } from "../env";
import type { Dashboard, DashboardParams, SellerDashboardParams } from "./analytics.schema";
import { getOrdersByStatus, getRevenueByCategory, getRevenueBySeller } from "./breakdowns";
import type { AnalyticsScope } from "./definitions";
import { getHeadlineFigures } from "./headline-figures";
import { resolveRange } from "./resolve-range";
import { foldIfBacklogged } from "./rollup-fold";
import { chooseSource } from "./rollup-plan";
import { getRevenueByDay } from "./revenue-by-day";
import { getTopMedicines } from "./top-medicines";

export type AnalyticsOptions = {
  /** IANA zone of the store's calendar; STORE_TIME_ZONE by default (tests pass their own). */
  timeZone?: string;
  /**
   * "auto" (default): the marketplace rollups whenever they apply, else the raw rows (see
   * rollup-plan.ts). "raw" forces the raw rows: tests and the bench compare both paths.
   */
  source?: "auto" | "raw";
};

async function buildDashboard(
  db: DbOrTx,
  scope: AnalyticsScope,
  params: DashboardParams,
  options: AnalyticsOptions,
): Promise<Omit<Dashboard, "scope">> {
  const range = await resolveRange(db, params, options.timeZone ?? apiEnv.STORE_TIME_ZONE);
  const source = options.source === "raw" ? "raw" : await chooseSource(db, scope, range);
  // Exact either way (reads add pending deltas): this only bounds the reads when the worker lags.
  if (source === "rollup") await foldIfBacklogged(db);
  // Independent aggregates: run concurrently on the pool (each is one SQL statement).
  const [figures, byDay, byCategory, bySeller, top, byStatus] = await Promise.all([
    getHeadlineFigures(db, scope, range, source),
    getRevenueByDay(db, scope, range, source),
    getRevenueByCategory(db, scope, range, source),
    scope.kind === "marketplace" ? getRevenueBySeller(db, range, source) : Promise.resolve([]),
    getTopMedicines(db, scope, range, source),
    getOrdersByStatus(db, scope, range, source),
  ]);
  return { range, figures, byDay, byCategory, bySeller, topByRevenue: top.byRevenue, topByUnits: top.byUnits, byStatus };
}

/** The marketplace's revenue dashboard (admins; the router guards the role). */
export async function getMarketplaceDashboard(
  db: DbOrTx,
  _actor: Actor,
  params: DashboardParams,
  options: AnalyticsOptions = {},
): Promise<Dashboard> {
  return { scope: { kind: "marketplace" }, ...(await buildDashboard(db, { kind: "marketplace" }, params, options)) };
}

/**
 * One seller's revenue dashboard: a seller reads only their own figures (naming anyone else is
 * NOT_FOUND, so other sellers' ids do not leak); an admin names the seller.
 */
export async function getSellerRevenueDashboard(
  db: DbOrTx,
  actor: Actor,
  params: SellerDashboardParams,
  options: AnalyticsOptions = {},
): Promise<Dashboard> {
  const { sellerId: requested, ...rest } = params;
  let sellerId: string;
  if (actor.role === "ADMIN") {
    if (!requested) throw new AppError("BAD_REQUEST", "Choose a seller.", { field: "sellerId" });
    sellerId = requested;
  } else {
    if (requested !== undefined && requested !== actor.userId) throw new AppError("NOT_FOUND", "Seller not found.");
    sellerId = actor.userId;
  }
  const seller = await db.user.findFirst({
    where: { id: sellerId, OR: [{ role: "SELLER" }, { sellerProfile: { isNot: null } }] },
    select: { id: true, name: true, sellerProfile: { select: { storeName: true } } },
  });
  if (!seller) throw new AppError("NOT_FOUND", "Seller not found.");
  const scope = { kind: "seller", sellerId: seller.id } as const;
  return {
    scope: { ...scope, storeName: seller.sellerProfile?.storeName ?? seller.name },
    ...(await buildDashboard(db, scope, rest, options)),
  };
}
