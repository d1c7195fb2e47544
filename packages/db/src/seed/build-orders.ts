// Past orders, their status history, the stock movements they caused, and reviews of delivered
// items (pure, deterministic). Only over-the-counter, active listings are ordered: the schema has
// no prescription records to attach to a prescription-only order.
import type { MedicineSeed } from "./build-catalogue";
import type { DemoCustomer, DemoSeller } from "./people-data";
import { REVIEW_COPY } from "./people-data";
import { createRng } from "./prng";

type Status = "PLACED" | "PROCESSING" | "SHIPPED" | "DELIVERED" | "CANCELLED";

export interface OrderSeed {
  id: string;
  checkoutId: string;
  customerId: string;
  sellerId: string;
  status: Status;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  shippingName: string;
  shippingLine1: string;
  shippingLine2: string | null;
  shippingCity: string;
  shippingRegion: string;
  shippingPostal: string;
  shippingCountry: string;
  phone: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderItemSeed {
  id: string;
  orderId: string;
  medicineId: string;
  name: string;
  strength: string;
  unitPriceCents: number;
  discountCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface StatusEventSeed {
  id: string;
  orderId: string;
  fromStatus: Status | null;
  toStatus: Status;
  actorId: string;
  note: string | null;
  createdAt: Date;
}

export interface OrderMovementSeed {
  id: string;
  medicineId: string;
  delta: number;
  reason: "ORDER" | "ORDER_CANCELLED";
  note: string;
  actorId: string;
  orderId: string;
  createdAt: Date;
}

export interface ReviewSeed {
  id: string;
  medicineId: string;
  userId: string;
  rating: number;
  title: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderHistory {
  orders: OrderSeed[];
  items: OrderItemSeed[];
  events: StatusEventSeed[];
  movements: OrderMovementSeed[];
  reviews: ReviewSeed[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const FREE_SHIPPING_FROM_CENTS = 3500;
const SHIPPING_CENTS = 499;
const pad = (n: number, width = 3) => String(n).padStart(width, "0");

export function buildOrderHistory(
  medicines: readonly MedicineSeed[],
  sellers: readonly DemoSeller[],
  customers: readonly DemoCustomer[],
  now: Date,
  targetOrders = 40,
): OrderHistory {
  const rng = createRng("healio-demo-orders");
  const nowMs = now.getTime();
  // Nothing may be dated in the future, whatever the random offsets add up to.
  const at = (ms: number) => new Date(Math.min(ms, nowMs - 60_000));
  const orderable = new Map(
    sellers.map((s) => [
      s.id,
      medicines.filter((m) => m.sellerId === s.id && m.status === "ACTIVE" && !m.requiresPrescription),
    ]),
  );
  const out: OrderHistory = { orders: [], items: [], events: [], movements: [], reviews: [] };
  const reviewed = new Set<string>();

  for (let checkout = 1; out.orders.length < targetOrders; checkout++) {
    const customer = rng.pick(customers);
    const sellerCount = Math.min(rng.weighted([[1, 6], [2, 3], [3, 1]] as const), targetOrders - out.orders.length);
    // Age decides how far an order has progressed; most of the history is old and delivered.
    const ageDays = rng.weighted([[[0, 0.9], 3], [[1, 2.9], 3], [[3, 5.9], 4], [[6, 120], 20]] as const);
    const placedMs = nowMs - (ageDays[0] + rng.next() * (ageDays[1] - ageDays[0])) * DAY_MS;

    for (const seller of rng.shuffle(sellers).slice(0, sellerCount)) {
      const n = out.orders.length + 1;
      const orderId = `seed-order-${pad(n)}`;
      const placedAt = at(placedMs + n * 1000);
      const lines = rng
        .shuffle(orderable.get(seller.id) ?? [])
        .slice(0, rng.weighted([[1, 4], [2, 3], [3, 2], [4, 1]] as const));
      if (lines.length === 0) throw new Error(`demo seller ${seller.id} has nothing to order`);

      const items = lines.map((m, k): OrderItemSeed => {
        const quantity = rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
        const lineTotalCents = m.priceCents * quantity;
        return { id: `seed-order-item-${pad(n)}-${k + 1}`, orderId, medicineId: m.id, name: m.name, strength: m.strength,
          unitPriceCents: m.priceCents, discountCents: 0, quantity, lineTotalCents };
      });
      const subtotalCents = items.reduce((sum, i) => sum + i.lineTotalCents, 0);
      const discountCents = rng.chance(0.15) ? Math.round(subtotalCents * 0.1) : 0;
      const shippingCents = subtotalCents - discountCents >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_CENTS;

      // Walk the status machine as far as the order's age allows.
      const age = (nowMs - placedAt.getTime()) / DAY_MS;
      const reach: Status = age < 1 ? "PLACED" : age < 3 ? "PROCESSING" : age < 6 ? "SHIPPED" : "DELIVERED";
      const cancelled = rng.chance(age < 1 ? 0.2 : 0.13);
      const events: StatusEventSeed[] = [];
      const step = (from: Status | null, to: Status, actorId: string, time: number, note: string | null = null) =>
        events.push({ id: `seed-order-event-${pad(n)}-${events.length + 1}`, orderId, fromStatus: from, toStatus: to,
          actorId, note, createdAt: at(time) });

      let t = placedAt.getTime();
      step(null, "PLACED", customer.id, t);
      if (cancelled && (reach === "PLACED" || rng.chance(0.5))) {
        t += rng.int(1, 6) * HOUR_MS;
        step("PLACED", "CANCELLED", customer.id, t, "Cancelled by customer: ordered by mistake");
      } else if (reach !== "PLACED") {
        step("PLACED", "PROCESSING", seller.id, (t += rng.int(2, 10) * HOUR_MS));
        if (cancelled) {
          t += rng.int(1, 8) * HOUR_MS;
          step("PROCESSING", "CANCELLED", seller.id, t, "Cancelled by pharmacy: item unavailable");
        } else if (reach !== "PROCESSING") {
          const tracking = `HL${rng.int(100000, 999999)}${rng.int(1000, 9999)}US`;
          step("PROCESSING", "SHIPPED", seller.id, (t += rng.int(12, 30) * HOUR_MS), `Tracking number ${tracking}`);
          if (reach === "DELIVERED") step("SHIPPED", "DELIVERED", seller.id, (t += rng.int(24, 72) * HOUR_MS));
        }
      }
      const last = events[events.length - 1]!;
      const status = last.toStatus;

      out.orders.push({
        id: orderId,
        checkoutId: `seed-checkout-${pad(checkout)}`,
        customerId: customer.id,
        sellerId: seller.id,
        status,
        subtotalCents,
        discountCents,
        shippingCents,
        totalCents: subtotalCents - discountCents + shippingCents,
        shippingName: customer.name,
        shippingLine1: customer.address.line1,
        shippingLine2: customer.address.line2 ?? null,
        shippingCity: customer.address.city,
        shippingRegion: customer.address.region,
        shippingPostal: customer.address.postalCode,
        shippingCountry: "US",
        phone: customer.phone,
        createdAt: placedAt,
        updatedAt: last.createdAt,
      });
      out.items.push(...items);
      out.events.push(...events);

      for (const [k, item] of items.entries()) {
        out.movements.push({ id: `seed-stock-order-${pad(n)}-${k + 1}`, medicineId: item.medicineId, delta: -item.quantity,
          reason: "ORDER", note: `Order ${orderId}`, actorId: customer.id, orderId, createdAt: placedAt });
        if (status === "CANCELLED") {
          out.movements.push({ id: `seed-stock-cancel-${pad(n)}-${k + 1}`, medicineId: item.medicineId,
            delta: item.quantity, reason: "ORDER_CANCELLED", note: `Order ${orderId} cancelled`, actorId: last.actorId,
            orderId, createdAt: last.createdAt });
        }
        if (status === "DELIVERED" && rng.chance(0.6) && !reviewed.has(`${item.medicineId}|${customer.id}`)) {
          reviewed.add(`${item.medicineId}|${customer.id}`);
          const rating = rng.weighted([[5, 5], [4, 4], [3, 2], [2, 1], [1, 1]] as const);
          const [title, body] = rng.pick(REVIEW_COPY[rating] ?? [["", ""]]);
          const createdAt = at(last.createdAt.getTime() + rng.int(1, 10) * DAY_MS);
          out.reviews.push({ id: `seed-review-${pad(out.reviews.length + 1)}`, medicineId: item.medicineId,
            userId: customer.id, rating, title, body, createdAt, updatedAt: createdAt });
        }
      }
    }
  }
  // Inserted in this order, so the human-facing Order.number grows with the order date.
  out.orders.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return out;
}

/** Units taken out of stock by the order history (cancelled orders net to zero). */
export function netOrderedByMedicine(movements: readonly OrderMovementSeed[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const m of movements) net.set(m.medicineId, (net.get(m.medicineId) ?? 0) - m.delta);
  return net;
}

/** ratingAverage (2 decimals, as a string for Prisma.Decimal) and ratingCount per medicine. */
export function ratingsByMedicine(reviews: readonly ReviewSeed[]): Map<string, { average: string; count: number }> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const r of reviews) {
    const s = sums.get(r.medicineId) ?? { total: 0, count: 0 };
    sums.set(r.medicineId, { total: s.total + r.rating, count: s.count + 1 });
  }
  return new Map([...sums].map(([id, s]) => [id, { average: (s.total / s.count).toFixed(2), count: s.count }]));
}
