import pg from "pg";
import { LEAVES, T0, TREE } from "./seed-sql";

/** A custom dashboard range of the `days` days before T0, when the seeded orders end. */
function seededDays(days: number, basis: "delivered" | "booked") {
  const day = (offset: number) => new Date(Date.parse(`${T0.slice(0, 10)}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  return { preset: "custom", from: day(-days), to: day(-1), basis };
}

/** One endpoint under load. Inputs are fixed per scenario unless `vary` says otherwise. */
export type Scenario = {
  name: string;
  /** "catalogue" endpoints are public and compared with the bare server (R1). */
  kind: "catalogue" | "account" | "write";
  app: "web" | "admin";
  procedure: string;
  type: "query" | "mutation";
  input: unknown;
  /** Who calls: nobody (no cookie), a customer or a seller (round-robin over seeded sessions), the admin. */
  caller: "anonymous" | "customer" | "seller" | "admin";
  /** Left out of the statement capture and R3 (a dashboard runs its statements concurrently). */
  noReplay?: boolean;
  connections: number;
  /** Per-request body changes (order.place: fresh idempotency key and medicines). */
  vary?: "order" | "cart";
  /** Search is rate limited per client address: spread the load over many (simulated) clients. */
  manyClients?: boolean;
};

export type BenchFixtures = {
  rootSlug: string;
  leafSlug: string;
  medicineSlug: string;
  deepCursor: string | null;
  /** ACTIVE, over-the-counter, well stocked medicines grouped by seller (order.place picks 3 sellers). */
  orderPool: { id: string; sellerId: string }[];
  customerIds: string[];
  sellerIds: string[];
  /** The seeded admin (seed-sql.ts "badmin", with a session like every non-customer). */
  adminId: string;
};

/** Facts the scenarios need, read from the seeded database. */
export async function loadFixtures(url: string, sessionCustomers: number): Promise<Omit<BenchFixtures, "deepCursor">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The biggest leaf (categories are skewed) and root 1.
    const leaf = await client.query<{ slug: string }>(`
      SELECT c.slug FROM "Category" c JOIN "Medicine" m ON m."categoryId" = c.id
      WHERE m.status = 'ACTIVE' GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1`);
    const medicine = await client.query<{ slug: string }>(`SELECT slug FROM "Medicine" WHERE id = 'bm42'`);
    const pool = await client.query<{ id: string; sellerId: string }>(`
      SELECT id, "sellerId" FROM "Medicine"
      WHERE status = 'ACTIVE' AND NOT "requiresPrescription" AND stock >= 1000
      ORDER BY id LIMIT 5000`);
    const sellers = await client.query<{ id: string }>(`SELECT id FROM "user" WHERE role = 'SELLER' ORDER BY id`);
    return {
      rootSlug: "group-1",
      leafSlug: leaf.rows[0]!.slug,
      medicineSlug: medicine.rows[0]!.slug,
      orderPool: pool.rows,
      customerIds: Array.from({ length: sessionCustomers }, (_, i) => `bc${i + 1}`),
      sellerIds: sellers.rows.map((r) => r.id),
      adminId: "badmin",
    };
  } finally {
    await client.end();
  }
}

export function scenarios(f: BenchFixtures): Scenario[] {
  const list: Scenario[] = [
    { name: "catalogue root (65 categories)", kind: "catalogue", app: "web", procedure: "medicine.list", type: "query", input: { categorySlug: f.rootSlug }, caller: "anonymous", connections: 50 },
    { name: "catalogue leaf", kind: "catalogue", app: "web", procedure: "medicine.list", type: "query", input: { categorySlug: f.leafSlug }, caller: "anonymous", connections: 50 },
    ...(f.deepCursor
      ? [{ name: "catalogue root, deep cursor page", kind: "catalogue", app: "web", procedure: "medicine.list", type: "query", input: { categorySlug: f.rootSlug, cursor: f.deepCursor }, caller: "anonymous", connections: 50 } as Scenario]
      : []),
    { name: "typo search 'paracetmol'", kind: "catalogue", app: "web", procedure: "medicine.list", type: "query", input: { search: "paracetmol" }, caller: "anonymous", connections: 50, manyClients: true },
    { name: "medicine page", kind: "catalogue", app: "web", procedure: "medicine.bySlug", type: "query", input: { slug: f.medicineSlug }, caller: "anonymous", connections: 50 },
    { name: "cart add", kind: "write", app: "web", procedure: "cart.add", type: "mutation", input: null, caller: "customer", connections: 32, vary: "cart" },
    { name: "order.place (3 items, 3 sellers)", kind: "write", app: "web", procedure: "order.place", type: "mutation", input: null, caller: "customer", connections: 32, vary: "order" },
    { name: "my orders", kind: "account", app: "web", procedure: "order.mine", type: "query", input: {}, caller: "customer", connections: 50 },
    { name: "seller queue (PLACED)", kind: "account", app: "admin", procedure: "order.sellerQueue", type: "query", input: { status: "PLACED" }, caller: "seller", connections: 50 },
    // What the console's revenue page asks for by default: the marketplace over the last 30 days.
    // The seeded orders end at T0, so this reads a mostly empty month when the bench runs later.
    { name: "admin revenue dashboard (30 days)", kind: "account", app: "admin", procedure: "analytics.marketplace", type: "query", input: { preset: "30d", basis: "delivered" }, caller: "admin", connections: 8, noReplay: true },
    // The same over the seeded orders: 90 days delivered, and the last 30 days booked (the seed's
    // newest orders are the open ones, so "delivered" would find almost nothing there).
    { name: "admin revenue dashboard (90 seeded days)", kind: "account", app: "admin", procedure: "analytics.marketplace", type: "query", input: seededDays(90, "delivered"), caller: "admin", connections: 8, noReplay: true },
    { name: "admin revenue dashboard (30 seeded days, booked)", kind: "account", app: "admin", procedure: "analytics.marketplace", type: "query", input: seededDays(30, "booked"), caller: "admin", connections: 8, noReplay: true },
  ];
  return list;
}

/** Three pool medicines of three different sellers, chosen by request number (deterministic). */
export function orderLines(f: BenchFixtures, n: number): { medicineId: string; quantity: number }[] {
  const pool = f.orderPool;
  const picked: { id: string; sellerId: string }[] = [];
  for (let k = 0; picked.length < 3 && k < pool.length; k += 1) {
    const candidate = pool[(n * 7919 + k * 104729) % pool.length]!;
    if (!picked.some((p) => p.sellerId === candidate.sellerId)) picked.push(candidate);
  }
  return picked.map((p) => ({ medicineId: p.id, quantity: 1 }));
}

export function orderInput(f: BenchFixtures, n: number, key: string) {
  return {
    idempotencyKey: key,
    address: { fullName: "Bench Customer", line1: "1 Bench Street", city: "Testville", postalCode: "10001", country: "US", phone: "+1 555 010 0000" },
    phone: "+1 555 010 0000",
    paymentMethod: "CASH_ON_DELIVERY",
    lines: orderLines(f, n),
  };
}

/** cart.add: each customer adds (quantity 1) to one of 10 medicines of its own: never more than 50 lines. */
export function cartInput(f: BenchFixtures, customer: number, n: number) {
  const pool = f.orderPool;
  return { medicineId: pool[(customer * 10 + (n % 10)) % pool.length]!.id, quantity: 1 };
}

export const TREE_FACTS = { ...TREE, leaves: LEAVES };
