// Everything the demo seed writes, computed in memory first (pure and deterministic apart from
// `now`, which only shifts dates). demo-data.ts then writes it in batches.
import { planLots, type BatchRow } from "./build-batches";
import { buildMedicines, type MedicineSeed } from "./build-catalogue";
import { buildOrderHistory, netOrderedByMedicine, ratingsByMedicine, type OrderHistory } from "./build-orders";
import { flattenCategories, MANUFACTURERS, manufacturerKey, type FlatCategory } from "./catalogue-data";
import { DEMO_CUSTOMERS, DEMO_PENDING_SELLER, DEMO_SELLERS } from "./people-data";
import { slugify } from "./prng";

const DAY_MS = 86_400_000;

export interface DemoUserRow {
  id: string;
  name: string;
  email: string;
  emailVerified: true;
  role: "SELLER" | "CUSTOMER";
  phone: string;
  createdAt: Date;
}

export interface SellerProfileRow {
  id: string;
  userId: string;
  storeName: string;
  licenceNumber: string;
  licenceExpiresAt: Date;
  businessAddress: string;
  phone: string;
  supervisingPharmacist: string;
  status: "APPROVED" | "PENDING";
  appliedAt: Date;
  createdAt: Date;
}

export interface AddressRow {
  id: string;
  userId: string;
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: true;
}

export interface DemoPlan {
  users: DemoUserRow[];
  sellerProfiles: SellerProfileRow[];
  addresses: AddressRow[];
  categories: (FlatCategory & { id: string })[];
  manufacturers: { id: string; name: string; nameKey: string }[];
  medicines: (MedicineSeed & { ratingAverage: string; ratingCount: number })[];
  history: OrderHistory;
  /** Every StockMovement: INITIAL per medicine, restocks, write-offs, order and cancellation movements. */
  ledger: LedgerRow[];
  /** Lots: Medicine.stock == SUM(quantity) of its batches == SUM(delta) of its ledger. */
  batches: BatchRow[];
  /** Which lot each past order line took its units from (the medicine's main lot). */
  allocations: { orderItemId: string; batchId: string; quantity: number }[];
}

export interface LedgerRow {
  id: string;
  medicineId: string;
  delta: number;
  reason: "INITIAL" | "RESTOCK" | "WRITE_OFF_EXPIRY" | "ORDER" | "ORDER_CANCELLED";
  batchId: string;
  note: string;
  actorId: string;
  orderId: string | null;
  createdAt: Date;
}

export const accountIdFor = (userId: string) => `seed-account-${userId}`;

export function buildDemoPlan(now: Date): DemoPlan {
  const userCreatedAt = new Date(now.getTime() - 200 * DAY_MS);
  // A pending applicant stays a CUSTOMER until an admin approves the profile (least privilege).
  const sellers = [...DEMO_SELLERS, DEMO_PENDING_SELLER];
  const user = (u: { id: string; name: string; email: string; phone: string }, role: DemoUserRow["role"]) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: true as const,
    role,
    phone: u.phone,
    createdAt: userCreatedAt,
  });
  const users: DemoUserRow[] = [
    ...sellers.map((s) => user(s, s.status === "APPROVED" ? "SELLER" : "CUSTOMER")),
    ...DEMO_CUSTOMERS.map((c) => user(c, "CUSTOMER")),
  ];

  const catalogue = buildMedicines(DEMO_SELLERS, now);
  const history = buildOrderHistory(catalogue, DEMO_SELLERS, DEMO_CUSTOMERS, now);
  const netOrdered = netOrderedByMedicine(history.movements);
  const ratings = ratingsByMedicine(history.reviews);

  // Medicine.stock = SUM(delta). Opening stock = what is left now + what the orders took out. A
  // ledger row is never 0 (CHECK), so a listing that never sold and is now out of stock opens with
  // a small batch that was later written off as expired.
  // Stock lives in lots (build-batches.ts): the opening stock and every past order movement belong
  // to the main lot; a second lot arrives as a RESTOCK.
  const ledger: LedgerRow[] = [];
  const writeOffs: LedgerRow[] = [];
  const batches: BatchRow[] = [];
  const mainLot = new Map<string, string>();
  catalogue.forEach((m, i) => {
    const sold = netOrdered.get(m.id) ?? 0;
    const soldOut = m.finalStock + sold === 0;
    const { main, extra } = planLots(m, i, now, soldOut);
    batches.push(main, ...(extra ? [extra] : []));
    mainLot.set(m.id, main.id);
    let opening = main.quantity + sold;
    if (soldOut) {
      opening = 6 + (i % 10);
      writeOffs.push({ id: `seed-stock-writeoff-${m.id}`, medicineId: m.id, delta: -opening, reason: "WRITE_OFF_EXPIRY",
        note: "Batch expired", actorId: m.sellerId, orderId: null, createdAt: main.expiresAt, batchId: main.id });
    }
    ledger.push({ id: `seed-stock-initial-${m.id}`, medicineId: m.id, delta: opening, reason: "INITIAL",
      note: "Opening stock", actorId: m.sellerId, orderId: null, createdAt: m.createdAt, batchId: main.id });
    if (extra) {
      ledger.push({ id: `seed-stock-restock-${m.id}`, medicineId: m.id, delta: extra.quantity, reason: "RESTOCK",
        note: "Goods received", actorId: m.sellerId, orderId: null, createdAt: extra.createdAt, batchId: extra.id });
    }
  });
  const lotOf = (medicineId: string) => mainLot.get(medicineId) ?? `seed-batch-${medicineId}-a`;
  ledger.push(...writeOffs, ...history.movements.map((mv) => ({ ...mv, batchId: lotOf(mv.medicineId) })));
  const allocations = history.items.map((item) => ({ orderItemId: item.id, batchId: lotOf(item.medicineId), quantity: item.quantity }));

  return {
    users,
    sellerProfiles: sellers.map((s, i) => ({
      id: `seed-seller-profile-${i + 1}`,
      userId: s.id,
      storeName: s.storeName,
      licenceNumber: s.licenceNumber,
      // Licences run three years from the seed's reference time, so demo sellers stay sellable.
      licenceExpiresAt: new Date(userCreatedAt.getTime() + 3 * 365 * 24 * 3600 * 1000),
      businessAddress: s.businessAddress,
      phone: s.phone,
      supervisingPharmacist: s.supervisingPharmacist,
      status: s.status,
      appliedAt: userCreatedAt,
      createdAt: userCreatedAt,
    })),
    addresses: DEMO_CUSTOMERS.map((c) => ({
      id: `seed-address-${c.id}`,
      userId: c.id,
      fullName: c.name,
      line1: c.address.line1,
      line2: c.address.line2 ?? null,
      city: c.address.city,
      region: c.address.region,
      postalCode: c.address.postalCode,
      country: "US",
      phone: c.phone,
      isDefault: true as const,
    })),
    categories: flattenCategories().map((c) => ({ ...c, id: `seed-cat-${c.slug}` })),
    manufacturers: MANUFACTURERS.map((name) => ({
      id: `seed-mfr-${slugify(name)}`,
      name,
      nameKey: manufacturerKey(name),
    })),
    medicines: catalogue.map((m) => ({
      ...m,
      ratingAverage: ratings.get(m.id)?.average ?? "0",
      ratingCount: ratings.get(m.id)?.count ?? 0,
    })),
    history,
    ledger,
    batches,
    allocations,
  };
}
