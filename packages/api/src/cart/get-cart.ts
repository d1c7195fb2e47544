import { Prisma, type DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { sellableListingSql, sellableStockSql } from "../catalog/sellable";
import { liveSaleColumns, liveSaleJoin, liveSaleOf, type LiveSaleRow } from "../pricing/live-sale-sql";
import { priceLines } from "../pricing/price-lines";
import { sumLines } from "./cart-lines";
import type { CartLine, CartLineInput, CartProblem, CartView } from "./cart.schema";

type CartRow = LiveSaleRow & {
  medicineId: string;
  quantity: number;
  slug: string;
  name: string;
  strength: string;
  packSize: string;
  imageUrl: string | null;
  requiresPrescription: boolean;
  priceCents: number;
  stock: number;
  sellable: boolean;
  sellerId: string;
  storeName: string;
};

export function cartProblem(sellable: boolean, stock: number, quantity: number): CartProblem | null {
  if (!sellable) return { kind: "inactive" };
  if (stock <= 0) return { kind: "out_of_stock", available: 0 };
  if (stock < quantity) return { kind: "insufficient_stock", available: stock };
  return null;
}

/**
 * Prices cart lines in ONE query: `source` is a relation of ("medicineId", quantity, position),
 * the customer's stored cart or a visitor's lines. Lines whose medicine does not exist drop out
 * (the caller reports them); everything else gets current price, live sale, stock and problem.
 */
async function priceCart(db: DbOrTx, source: Prisma.Sql, now: Date): Promise<CartView> {
  const rows = await db.$queryRaw<CartRow[]>`
    SELECT l."medicineId", l.quantity, m.slug, m.name, m.strength, m."packSize", m."imageUrl",
           m."requiresPrescription", m."priceCents", ${sellableStockSql("m")} AS stock, ${sellableListingSql("m")} AS sellable, m."sellerId",
           COALESCE(sp."storeName", u.name) AS "storeName", ${liveSaleColumns}
    FROM (${source}) l
    JOIN "Medicine" m ON m.id = l."medicineId"
    JOIN "user" u ON u.id = m."sellerId"
    LEFT JOIN "SellerProfile" sp ON sp."userId" = m."sellerId"
    ${liveSaleJoin("m", now)}
    ORDER BY l.position`;

  const sales = rows.map((r) => liveSaleOf(r));
  const medicines = rows.map((r, i) => ({ id: r.medicineId, sellerId: r.sellerId, priceCents: r.priceCents, sale: sales[i] }));
  const all = priceLines(rows, medicines, now);
  const lines: CartLine[] = rows.map((row, i) => {
    const priced = all.lines[i]!;
    const sale = sales[i];
    return {
      medicineId: row.medicineId,
      slug: row.slug,
      name: row.name,
      strength: row.strength,
      packSize: row.packSize,
      imageUrl: row.imageUrl,
      requiresPrescription: row.requiresPrescription,
      seller: { id: row.sellerId, storeName: row.storeName },
      quantity: row.quantity,
      unitPriceCents: priced.unitPriceCents,
      discountCents: priced.discountCents,
      lineTotalCents: priced.lineTotalCents,
      sale:
        sale && priced.sale
          ? {
              eventName: sale.saleEventName,
              eventSlug: sale.saleEventSlug,
              endsAt: sale.saleEndsAt,
              salePriceCents: sale.salePriceCents,
              remaining: sale.capUnits === null ? null : sale.capUnits - sale.soldUnits,
              perCustomerLimit: sale.perCustomerLimit,
            }
          : null,
      available: Math.max(row.stock, 0),
      problem: cartProblem(row.sellable, row.stock, row.quantity),
    };
  });

  const buyable = rows.filter((_, i) => lines[i]!.problem === null);
  const totals = priceLines(buyable, medicines, now);
  const storeNames = new Map(rows.map((r) => [r.sellerId, r.storeName]));
  return {
    currency: totals.currency,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    sellers: totals.sellers.map((s) => ({
      sellerId: s.sellerId,
      storeName: storeNames.get(s.sellerId) ?? "",
      subtotalCents: s.subtotalCents,
      discountCents: s.discountCents,
      shippingCents: s.shippingCents,
      totalCents: s.totalCents,
    })),
    subtotalCents: totals.subtotalCents,
    discountCents: totals.discountCents,
    shippingCents: totals.shippingCents,
    totalCents: totals.totalCents,
    canCheckout: lines.length > 0 && buyable.length === lines.length,
  };
}

/** The signed-in customer's cart with current prices, stock problems and totals (one query). */
export function getCart(db: DbOrTx, actor: Actor, now: Date = new Date()): Promise<CartView> {
  return priceCart(
    db,
    Prisma.sql`SELECT "medicineId", quantity, row_number() OVER (ORDER BY "createdAt", id) AS position
               FROM "CartItem" WHERE "userId" = ${actor.userId}`,
    now,
  );
}

/**
 * A visitor's local cart priced exactly like a stored one, in one query whatever the number of
 * lines. Ids that match no medicine come back in `missing` so the client can show them as gone.
 */
export async function previewCart(
  db: DbOrTx,
  lines: CartLineInput[],
  now: Date = new Date(),
): Promise<{ cart: CartView; missing: string[] }> {
  const summed = sumLines(lines);
  const ids = [...summed.keys()];
  const quantities = [...summed.values()];
  const cart = await priceCart(
    db,
    Prisma.sql`SELECT * FROM unnest(${ids}::text[], ${quantities}::int[]) WITH ORDINALITY AS v("medicineId", quantity, position)`,
    now,
  );
  const found = new Set(cart.lines.map((l) => l.medicineId));
  return { cart, missing: ids.filter((id) => !found.has(id)) };
}
