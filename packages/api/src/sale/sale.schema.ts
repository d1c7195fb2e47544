import { z } from "zod";
import { MAX_PRICE_CENTS } from "../medicine/medicine.schema";
import { plainText } from "../util/text";

const id = z.string().trim().min(1).max(64);
/** Instants between 2000 and 2100 (anything else is a typo, and keeps timestamptz far from its limits). */
const instant = z
  .date()
  .refine((d) => d.getTime() >= Date.UTC(2000, 0, 1) && d.getTime() < Date.UTC(2100, 0, 1), "Choose a date between 2000 and 2100.");
const reason = z.string().trim().min(3, "Give a reason (at least 3 characters).").max(500);

export const saleSlugSchema = z
  .string()
  .trim()
  .min(3, "At least 3 characters.")
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens, e.g. winter-flash-sale.");

const eventFields = {
  name: plainText().min(3, "At least 3 characters.").max(120),
  slug: saleSlugSchema,
  description: plainText().max(1000).default(""),
  startsAt: instant,
  endsAt: instant,
};

export const createSaleEventInput = z
  .strictObject(eventFields)
  .refine((v) => v.endsAt > v.startsAt, { message: "The sale must end after it starts.", path: ["endsAt"] });
export type CreateSaleEventParams = z.output<typeof createSaleEventInput>;

export const updateSaleEventInput = z
  .strictObject({ eventId: id, name: eventFields.name.optional(), description: z.string().trim().max(1000).optional(), startsAt: instant.optional(), endsAt: instant.optional() })
  .refine((v) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt, { message: "The sale must end after it starts.", path: ["endsAt"] });
export type UpdateSaleEventParams = z.output<typeof updateSaleEventInput>;

export const cancelSaleEventInput = z.strictObject({ eventId: id, reason });
export type CancelSaleEventParams = z.output<typeof cancelSaleEventInput>;

/** Sale price in cents OR percent off the list price (exactly one); caps optional. */
const priceRule = {
  salePriceCents: z.number().int().min(0).max(MAX_PRICE_CENTS).optional(),
  percentOff: z.number().int().min(1).max(100).optional(),
  capUnits: z.number().int().min(1).max(1_000_000).nullable().optional(),
  perCustomerLimit: z.number().int().min(1).max(99).nullable().optional(),
};
const onePriceRule = (v: { salePriceCents?: number; percentOff?: number }) => (v.salePriceCents === undefined) !== (v.percentOff === undefined);
const onePriceRuleIssue = { message: "Give either a sale price or a percent off.", path: ["salePriceCents"] };

export const saleItemInput = z.strictObject({ eventId: id, medicineId: id, ...priceRule }).refine(onePriceRule, onePriceRuleIssue);
export type SaleItemParams = z.output<typeof saleItemInput>;

export const updateSaleItemInput = z.strictObject({ saleItemId: id, ...priceRule }).refine(onePriceRule, onePriceRuleIssue);
export type UpdateSaleItemParams = z.output<typeof updateSaleItemInput>;

export const decideSaleItemInput = z
  .strictObject({ saleItemId: id, approve: z.boolean(), reason: z.string().trim().max(500).optional() })
  .refine((v) => v.approve || (v.reason !== undefined && v.reason.length >= 3), { message: "Give a reason for declining.", path: ["reason"] });
export type DecideSaleItemParams = z.output<typeof decideSaleItemInput>;

export const saleItemIdInput = z.strictObject({ saleItemId: id });
export const saleEventIdInput = z.strictObject({ eventId: id });
export const saleBySlugInput = z.strictObject({ slug: z.string().trim().min(1).max(80) });
export const saleListInput = z.strictObject({ phase: z.enum(["upcoming", "live", "ended", "cancelled", "all"]).default("all") }).prefault({});
export type SaleListParams = z.output<typeof saleListInput>;
