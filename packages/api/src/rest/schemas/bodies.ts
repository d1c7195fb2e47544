import { z } from "zod";
import { OrderStatus, PaymentMethod } from "@healio/db";
import { phoneSchema } from "../../address/address.schema";
import { cartLineInput } from "../../cart/cart.schema";
import { checkoutAddressInput, idempotencyKeySchema, MAX_CHECKOUT_LINES } from "../../checkout/checkout.schema";
import { listingFields, MAX_STOCK } from "../../listing/listing.schema";
import { manufacturerRefSchema } from "../../manufacturer/manufacturer.schema";
import { MAX_PRICE_CENTS } from "../../medicine/medicine.schema";
import { reasonField } from "../../people/reason";
import { updateMeInput } from "../../user/user.schema";

/**
 * REST-shaped request bodies (the original Express API's field names). New, strict schema
 * instances composed from the shared field schemas: nothing here modifies a schema tRPC uses, and
 * unknown keys (`totalPrice`, `sellerId`, `role`, ...) are refused with 400.
 */

/** `price` in the original API was a decimal amount: 12.5 or "12.50", at most two decimals. */
const decimalPrice = z
  .union([z.number().min(0), z.string().regex(/^\d{1,7}(\.\d{1,2})?$/, "Use a decimal amount like 12.50.")])
  .transform((value, ctx) => {
    const cents = typeof value === "string" ? Math.round(Number(value) * 100) : Math.round(value * 100);
    if (typeof value === "number" && Math.abs(value * 100 - cents) > 1e-6) {
      ctx.addIssue({ code: "custom", message: "price has at most two decimals." });
      return z.NEVER;
    }
    if (cents > MAX_PRICE_CENTS) {
      ctx.addIssue({ code: "custom", message: "Price is too high." });
      return z.NEVER;
    }
    return cents;
  })
  .meta({ description: "Decimal amount (12.5 or \"12.50\"); or send priceCents", example: "12.50" });

/** The original API's `manufacturer` was a name; an `{ id }` / `{ name }` object also works. */
const manufacturerField = z
  .union([z.string(), manufacturerRefSchema])
  .transform((v) => (typeof v === "string" ? { name: v } : v));

const medicineFields = {
  name: z.string(),
  genericName: z.string(),
  strength: z.string(),
  dosageForm: z.string(),
  packSize: z.string(),
  description: z.string(),
  price: decimalPrice,
  priceCents: listingFields.priceCents,
  image: z.string().nullable().meta({ description: "Image URL (alias of imageUrl)" }),
  imageUrl: z.string().nullable(),
  manufacturer: manufacturerField,
  categoryId: z.string(),
  requiresPrescription: z.boolean(),
  lowStockThreshold: z.number(),
};

function oneOf(ctx: z.RefinementCtx, value: Record<string, unknown>, a: string, b: string) {
  if (value[a] !== undefined && value[b] !== undefined) {
    ctx.addIssue({ code: "custom", path: [a], message: `Send either ${a} or ${b}, not both.` });
  }
}

export const restMedicineCreateBody = z
  .strictObject({
    ...medicineFields,
    genericName: medicineFields.genericName.optional().meta({ description: "Default: the name" }),
    strength: medicineFields.strength
      .optional()
      .meta({ description: 'Default: found in the name or description ("500 mg", "5 %"), else "Not stated"' }),
    dosageForm: medicineFields.dosageForm
      .optional()
      .meta({ description: 'Default: a form word in the name or description (tablets, syrup, cream...), else "Not stated"' }),
    packSize: medicineFields.packSize
      .optional()
      .meta({ description: 'Default: found in the name or description ("20 tablets", "100 ml"), else "1 pack"' }),
    description: medicineFields.description.optional(),
    price: medicineFields.price.optional(),
    priceCents: medicineFields.priceCents.optional(),
    image: medicineFields.image.optional(),
    imageUrl: medicineFields.imageUrl.optional(),
    requiresPrescription: medicineFields.requiresPrescription.optional(),
    lowStockThreshold: medicineFields.lowStockThreshold.optional(),
    stock: z.number().int().min(0).max(MAX_STOCK).optional().meta({ description: "Opening stock" }),
    initialStock: z.number().int().min(0).max(MAX_STOCK).optional(),
  })
  .superRefine((v, ctx) => {
    oneOf(ctx, v, "price", "priceCents");
    oneOf(ctx, v, "image", "imageUrl");
    oneOf(ctx, v, "stock", "initialStock");
    if (v.price === undefined && v.priceCents === undefined) {
      ctx.addIssue({ code: "custom", path: ["price"], message: "price (or priceCents) is required." });
    }
  })
  .meta({
    id: "MedicineCreate",
    description:
      "The original API's body (name, description, price, stock, image, manufacturer, categoryId) is enough: " +
      "genericName, strength, dosageForm and packSize are derived from the name and description when left out " +
      "(see each field), requiresPrescription defaults to false, lowStockThreshold to 10, stock to 0. " +
      "Sellers correct derived fields later with PATCH.",
  });

const stockRefused = z
  .never({ error: "Stock is not edited here: restock or correct it in the console's inventory." })
  .optional();

export const restMedicineUpdateBody = z
  .strictObject({
    name: medicineFields.name.optional(),
    genericName: medicineFields.genericName.optional(),
    strength: medicineFields.strength.optional(),
    dosageForm: medicineFields.dosageForm.optional(),
    packSize: medicineFields.packSize.optional(),
    description: medicineFields.description.optional(),
    price: medicineFields.price.optional(),
    priceCents: medicineFields.priceCents.optional(),
    image: medicineFields.image.optional(),
    imageUrl: medicineFields.imageUrl.optional(),
    manufacturer: medicineFields.manufacturer.optional(),
    categoryId: medicineFields.categoryId.optional(),
    requiresPrescription: medicineFields.requiresPrescription.optional(),
    lowStockThreshold: medicineFields.lowStockThreshold.optional(),
    stock: stockRefused,
  })
  .superRefine((v, ctx) => {
    oneOf(ctx, v, "price", "priceCents");
    oneOf(ctx, v, "image", "imageUrl");
  })
  .meta({ id: "MedicineUpdate" });

export const restPlaceOrderBody = z
  .strictObject({
    items: z.array(cartLineInput).min(1).max(MAX_CHECKOUT_LINES),
    /** Inline shipping address, or the id of one in the caller's address book. */
    address: checkoutAddressInput.optional(),
    addressId: z.string().optional(),
    phone: phoneSchema.optional().meta({ description: "Defaults to address.phone" }),
    paymentMethod: z.enum(PaymentMethod).optional().meta({ description: "Default CASH_ON_DELIVERY" }),
    idempotencyKey: idempotencyKeySchema.optional().meta({ description: "Or the Idempotency-Key header" }),
    expectedTotalCents: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: "The total you showed the customer; a different server total is a 409 price_changed" }),
  })
  .meta({
    id: "OrderCreate",
    description: "Prices and totals are never accepted from the client: `totalPrice` etc. are refused with 400.",
  });

export const restOrderStatusBody = z
  .strictObject({ status: z.enum(OrderStatus), note: z.string().optional() })
  .meta({ id: "OrderStatusChange" });

export const restOrderCancelBody = z.strictObject({ note: z.string().optional() }).meta({ id: "OrderCancel" });

/** The original API's review: rating + comment; `title` and `body` (our names) work too. */
export const restReviewCreateBody = z
  .strictObject({
    medicineId: z.string(),
    rating: z.number(),
    comment: z.string().optional().meta({ description: "The review text (alias of body)" }),
    body: z.string().optional(),
    title: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.comment !== undefined && v.body !== undefined) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Send either comment or body, not both." });
    }
  })
  .meta({ id: "ReviewCreate", description: "Only customers with a delivered order of the medicine may review it." });

/** The profile patch is the procedure's own input (strict: email, role, banned are refused). */
export const restMeUpdateBody = updateMeInput.meta({
  id: "ProfileUpdate",
  description: "Only the fields sent change; null (or an empty string) clears phone or image. E-mail and role are not editable here.",
});

/** The original API's admin switch; a reason is required for the audit record and the person's notice. */
export const restAdminUserBody = z
  .strictObject({
    isBlocked: z.boolean().meta({ description: "true blocks (and signs the person out everywhere), false lifts the block" }),
    reason: reasonField,
  })
  .meta({ id: "AdminUserUpdate" });

/** The lot comes from the path (PATCH /api/batches/{id}/quarantine). */
export const restBatchQuarantineBody = z
  .strictObject({
    quarantine: z.boolean().meta({ description: "true holds the lot back from sale, false releases it" }),
    note: z.string().meta({ description: "Why (3..500 characters; audited)" }),
  })
  .meta({ id: "LotQuarantine" });

export const restRecallCreateBody = z
  .strictObject({ batchId: z.string(), reason: z.string().meta({ description: "Why the lot is recalled (10..1000 characters)" }) })
  .meta({ id: "RecallCreate" });

export const restRecallCloseBody = z
  .strictObject({ note: z.string().meta({ description: "How the recall was completed (10..1000 characters)" }) })
  .meta({ id: "RecallClose" });
