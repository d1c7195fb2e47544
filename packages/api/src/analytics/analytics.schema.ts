import { z } from "zod";
import { OrderStatus } from "@healio/db";
import { REVENUE_BASES } from "./definitions";

export const RANGE_PRESETS = ["today", "7d", "30d", "90d", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** Longest custom range: a year (leap years included). Keeps every query's work bounded. */
export const MAX_RANGE_DAYS = 366;

const calendarDate = z.iso
  .date()
  .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", { message: "Pick a date between 2000 and 2099" });

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const rangeFields = {
  preset: z.enum(RANGE_PRESETS).default("30d"),
  /** Custom range, inclusive calendar days in the store's time zone. */
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  basis: z.enum(REVENUE_BASES).default("delivered"),
};

type RangeFields = { preset: RangePreset; from?: string | undefined; to?: string | undefined };

function checkRange(value: RangeFields, ctx: z.RefinementCtx) {
  if (value.preset !== "custom") {
    if (value.from !== undefined || value.to !== undefined) {
      ctx.addIssue({ code: "custom", path: ["preset"], message: "from/to need preset “custom”" });
    }
    return;
  }
  if (value.from === undefined || value.to === undefined) {
    ctx.addIssue({ code: "custom", path: [value.from === undefined ? "from" : "to"], message: "Pick both dates" });
    return;
  }
  const span = daysBetween(value.from, value.to);
  if (span < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  else if (span + 1 > MAX_RANGE_DAYS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `A range covers at most ${MAX_RANGE_DAYS} days` });
  }
}

export const dashboardInput = z.strictObject(rangeFields).superRefine(checkRange);
export type DashboardInput = z.input<typeof dashboardInput>;
export type DashboardParams = z.output<typeof dashboardInput>;

export const sellerDashboardInput = z
  .strictObject({
    ...rangeFields,
    /** Admins pick the seller; a seller may omit it (or pass their own id). */
    sellerId: z.string().trim().min(1).max(64).optional(),
  })
  .superRefine(checkRange);
export type SellerDashboardInput = z.input<typeof sellerDashboardInput>;
export type SellerDashboardParams = z.output<typeof sellerDashboardInput>;

// ---------------------------------------------------------------------------------------- output

const cents = z.number().int();
const count = z.number().int().nonnegative();
const pair = <T extends z.ZodType>(t: T) => z.object({ current: t, previous: t });

export const resolvedRange = z.object({
  preset: z.enum(RANGE_PRESETS),
  basis: z.enum(REVENUE_BASES),
  timeZone: z.string(),
  /** Inclusive local calendar days. */
  from: z.string(),
  to: z.string(),
  days: z.number().int().positive(),
  previousFrom: z.string(),
  previousTo: z.string(),
  /** The same period as UTC instants: [startUtc, endUtc), previous [previousStartUtc, startUtc). */
  startUtc: z.string(),
  endUtc: z.string(),
  previousStartUtc: z.string(),
});
export type ResolvedRange = z.infer<typeof resolvedRange>;

export const dashboardFigures = z.object({
  revenueCents: pair(cents),
  orders: pair(count),
  units: pair(count),
  /** null when there were no orders. */
  averageOrderValueCents: pair(cents.nullable()),
  newCustomers: pair(count),
  /** Cancelled ÷ placed (seller orders); null when nothing was placed. */
  cancellationRate: pair(z.number().min(0).max(1).nullable()),
  cancelledOrders: pair(count),
  placedOrders: pair(count),
  /** Shipping charged on the counted orders: not revenue, shown apart. */
  shippingCents: pair(cents),
});
export type DashboardFigures = z.infer<typeof dashboardFigures>;

export const dayPoint = z.object({ date: z.string(), revenueCents: cents, orders: count, units: count });
export const categoryRow = z.object({ categoryId: z.string(), name: z.string(), revenueCents: cents, units: count });
export const sellerRow = z.object({
  sellerId: z.string(),
  storeName: z.string(),
  revenueCents: cents,
  orders: count,
  units: count,
});
export const medicineRow = z.object({
  medicineId: z.string(),
  name: z.string(),
  strength: z.string(),
  revenueCents: cents,
  units: count,
});
export const statusRow = z.object({ status: z.enum(OrderStatus), orders: count });

export const dashboardOutput = z.object({
  scope: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("marketplace") }),
    z.object({ kind: z.literal("seller"), sellerId: z.string(), storeName: z.string() }),
  ]),
  range: resolvedRange,
  figures: dashboardFigures,
  byDay: z.array(dayPoint),
  byCategory: z.array(categoryRow),
  /** Marketplace only (a seller's dashboard has just the one seller): top sellers by revenue. */
  bySeller: z.array(sellerRow),
  topByRevenue: z.array(medicineRow),
  topByUnits: z.array(medicineRow),
  byStatus: z.array(statusRow),
});
export type Dashboard = z.infer<typeof dashboardOutput>;
export type DayPoint = z.infer<typeof dayPoint>;
export type CategoryRow = z.infer<typeof categoryRow>;
export type SellerRow = z.infer<typeof sellerRow>;
export type MedicineRow = z.infer<typeof medicineRow>;
export type StatusRow = z.infer<typeof statusRow>;

/** Rows in the by-seller table and in each top-medicines list. */
export const TOP_SELLERS = 50;
export const TOP_MEDICINES = 10;
