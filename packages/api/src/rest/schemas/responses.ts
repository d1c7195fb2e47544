import { z } from "zod";
import { OrderStatus, PaymentMethod } from "@healio/db";

/**
 * Documentation of REST answers (OpenAPI only: answers are the procedures' own output, plus the
 * decimal money twins of rest/money.ts). Loose objects: a field added to a view does not break
 * clients, and the document never claims a field the code does not send (the REST walk, rest/walk/, checks
 * real answers against these schemas).
 */
const cents = (what: string) => z.number().int().min(0).meta({ description: `${what}, integer cents` });
const decimal = (what: string) => z.string().meta({ description: `${what} as a decimal string, e.g. "12.50"`, example: "12.50" });
const isoDate = z.string().meta({ description: "ISO 8601 timestamp", format: "date-time" });

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "BAD_REQUEST" }),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "field -> messages" }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

const ref = z.object({ id: z.string(), name: z.string() });

export const medicineCardResponse = z
  .looseObject({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    genericName: z.string(),
    strength: z.string(),
    dosageForm: z.string(),
    packSize: z.string(),
    priceCents: cents("Price"),
    price: decimal("Price"),
    stock: z.number().int(),
    stockState: z.looseObject({ state: z.enum(["in_stock", "low", "out_of_stock"]), count: z.number().int().optional() }),
    requiresPrescription: z.boolean(),
    imageUrl: z.string().nullable(),
    rating: z.object({ average: z.number(), count: z.number().int() }),
    manufacturer: ref,
    category: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
    seller: z.object({ id: z.string(), storeName: z.string() }),
  })
  .meta({ id: "MedicineCard" });

export const medicinePageResponse = z
  .object({
    items: z.array(medicineCardResponse),
    nextCursor: z.string().nullable(),
    total: z
      .object({ count: z.number().int(), more: z.boolean() })
      .nullable()
      .meta({ description: "Matches, on a first page only (null later): exact up to 1000; `more` means 1000+." }),
    correctedSearch: z.string().nullable().meta({ description: "The search as typo correction read it, when it did." }),
  })
  .meta({ id: "MedicinePage" });

export const medicineDetailResponse = medicineCardResponse
  .extend({
    description: z.string(),
    leaflet: z
      .object({ uses: z.string().nullable(), dosage: z.string().nullable(), sideEffects: z.string().nullable(), warnings: z.string().nullable() })
      .meta({ description: "Patient-leaflet sections the pharmacy filled; null when not given." }),
    createdAt: isoDate,
    updatedAt: isoDate,
    ratingSummary: z.object({
      average: z.number(),
      count: z.number().int(),
      distribution: z.record(z.string(), z.number().int()),
    }),
    nextLotExpiresAt: isoDate
      .nullable()
      .meta({ description: "Expiry of the lot sent first (soonest-expiring sellable lot): units ordered now expire on or after it; null when none is sellable" }),
  })
  .meta({ id: "MedicineDetail" });

export const listingResponse = z
  .looseObject({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    genericName: z.string(),
    strength: z.string(),
    dosageForm: z.string(),
    packSize: z.string(),
    status: z.string(),
    priceCents: cents("Price"),
    price: decimal("Price"),
    stock: z.number().int(),
  })
  .meta({ id: "Listing", description: "A seller's medicine as the console edits it" });

type TreeNode = { id: string; name: string; slug: string; parentId: string | null; medicineCount: number; children: TreeNode[] };
export const categoryNodeResponse: z.ZodType<TreeNode> = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    parentId: z.string().nullable(),
    medicineCount: z.number().int().meta({ description: "active medicines here and below" }),
    get children(): z.ZodArray<z.ZodType<TreeNode>> {
      return z.array(categoryNodeResponse);
    },
  })
  .meta({ id: "CategoryNode" });

export const categoryResponse = z
  .looseObject({ id: z.string(), name: z.string(), slug: z.string(), parentId: z.string().nullable() })
  .meta({ id: "Category" });

export const categoryDeletedResponse = z
  .object({
    id: z.string(),
    medicinesMoved: z.number().int(),
    childrenMoved: z.number().int(),
    reassignedTo: z.string().nullable(),
  })
  .meta({ id: "CategoryDeleted" });

const moneyTotals = {
  subtotalCents: cents("Subtotal"),
  subtotal: decimal("Subtotal"),
  discountCents: cents("Discount"),
  discount: decimal("Discount"),
  shippingCents: cents("Shipping"),
  shippingDecimal: decimal("Shipping (named so because `shipping` is the address)"),
  totalCents: cents("Total"),
  total: decimal("Total"),
};

const orderItem = z.looseObject({
  medicineId: z.string(),
  name: z.string(),
  strength: z.string(),
  quantity: z.number().int(),
  unitPriceCents: cents("Unit price"),
  unitPrice: decimal("Unit price"),
  lineTotalCents: cents("Line total"),
  lineTotal: decimal("Line total"),
});

export const orderResponse = z
  .looseObject({
    id: z.string(),
    orderNumber: z.string().meta({ example: "HL-000123" }),
    status: z.enum(OrderStatus),
    paymentMethod: z.enum(PaymentMethod),
    currency: z.string(),
    ...moneyTotals,
    createdAt: isoDate,
    seller: z.object({ id: z.string(), storeName: z.string() }),
    shipping: z.looseObject({ name: z.string(), line1: z.string(), city: z.string(), postalCode: z.string(), country: z.string() }),
    items: z.array(orderItem),
    allowedNextStatuses: z.array(z.enum(OrderStatus)),
  })
  .meta({ id: "Order" });

export const orderPageResponse = z
  .object({ items: z.array(orderResponse), nextCursor: z.string().nullable() })
  .meta({ id: "OrderPage" });

export const placedOrderResponse = z
  .looseObject({
    checkoutId: z.string(),
    placedAt: isoDate,
    currency: z.string(),
    paymentMethod: z.enum(PaymentMethod),
    ...moneyTotals,
    orders: z.array(
      z.looseObject({
        id: z.string(),
        orderNumber: z.string(),
        status: z.literal("PLACED"),
        seller: z.object({ id: z.string(), storeName: z.string() }),
        ...moneyTotals,
        items: z.array(orderItem),
      }),
    ),
  })
  .meta({ id: "PlacedCheckout", description: "One order per seller; totals computed by the server" });

export const meResponse = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(["CUSTOMER", "SELLER", "ADMIN"]),
    emailVerified: z.boolean(),
    phone: z.string().nullable(),
    image: z.string().nullable(),
    createdAt: isoDate,
  })
  .meta({ id: "Me" });

export const personResponse = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(["CUSTOMER", "SELLER", "ADMIN"]),
    state: z.enum(["active", "blocked", "unverified"]),
    orderCount: z.number().int(),
    createdAt: isoDate,
    lastActiveAt: isoDate.nullable(),
  })
  .meta({ id: "Person" });

export const peoplePageResponse = z
  .object({ items: z.array(personResponse), nextCursor: z.string().nullable() })
  .meta({ id: "PeoplePage" });

export const blockResultResponse = z
  .object({ userId: z.string(), blocked: z.boolean(), sessionsRevoked: z.number().int() })
  .meta({ id: "BlockResult", description: "Blocking also signs the person out everywhere (sessionsRevoked)." });

export const sellerStatsResponse = z
  .looseObject({
    sellerStatus: z.string().nullable(),
    activeMedicines: z.number().int(),
    lowStockMedicines: z.number().int(),
    ordersByStatus: z.record(z.string(), z.number().int()),
  })
  .meta({ id: "SellerStats" });

const counts = z.record(z.string(), z.number().int());
export const adminStatsResponse = z
  .looseObject({
    usersByRole: counts,
    sellersPendingApproval: z.number().int(),
    medicinesByStatus: counts,
    ordersByStatus: counts,
  })
  .meta({ id: "AdminStats", description: "Marketplace overview" });

export const healthResponse = z
  .object({
    status: z.enum(["ok", "degraded"]).meta({ description: '"degraded": the database answers but every pooled connection is busy' }),
    db: z.enum(["ok", "saturated"]),
    time: isoDate,
  })
  .meta({ id: "Health" });

export const reviewResponse = z
  .looseObject({
    id: z.string(),
    medicine: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
    rating: z.number().int().min(1).max(5),
    title: z.string().nullable(),
    body: z.string(),
    author: z.string().meta({ description: 'Public name, e.g. "Ada L."' }),
    verifiedPurchase: z.literal(true),
    createdAt: isoDate,
    helpfulCount: z.number().int(),
    reply: z.looseObject({ body: z.string(), storeName: z.string() }).nullable(),
  })
  .meta({ id: "Review" });

export const reviewPageResponse = z
  .object({ items: z.array(reviewResponse), nextCursor: z.string().nullable() })
  .meta({ id: "ReviewPage" });
