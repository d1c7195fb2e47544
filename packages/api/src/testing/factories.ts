import { randomBytes } from "node:crypto";
import type { Db, MedicineStatus, OrderStatus, Role, SellerStatus } from "@healio/db";
import type { Actor } from "../actor";
import { buildSearchText } from "../medicine/search-text";

/**
 * Test data written straight through Prisma, unique per call (counter + random run id), so tests
 * in one database never collide. Only the fields a test cares about need to be passed.
 */
// Letters only: a hex run id like "55e0bd09" reads as the number 55e0 to PostgreSQL's text search
// parser, so a search for a test medicine's name would miss it whenever the id looked like that.
const run = Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("");
let seq = 0;
export function unique(prefix: string): string {
  seq += 1;
  return `${prefix}-${run}-${seq}`;
}

export async function createUser(db: Db, opts: { role?: Role; name?: string; email?: string } = {}) {
  const id = unique("user");
  return db.user.create({
    data: {
      id,
      name: opts.name ?? `User ${id}`,
      email: opts.email ?? `${id}@test.healio.local`,
      role: opts.role ?? "CUSTOMER",
      emailVerified: true,
    },
  });
}

export function actorOf(user: { id: string; role: Role; email: string; name: string }): Actor {
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}

export async function createSeller(
  db: Db,
  opts: { status?: SellerStatus; storeName?: string; licenceExpiresAt?: Date } = {},
) {
  const user = await createUser(db, { role: "SELLER" });
  const profile = await db.sellerProfile.create({
    data: {
      userId: user.id,
      storeName: opts.storeName ?? `Store ${user.id}`,
      licenceNumber: unique("LIC"),
      licenceExpiresAt: opts.licenceExpiresAt ?? new Date(Date.now() + 365 * 24 * 3600 * 1000),
      status: opts.status ?? "APPROVED",
    },
  });
  return { user, profile, actor: actorOf(user) };
}

export async function createCategory(db: Db, opts: { name?: string; slug?: string; parentId?: string | null } = {}) {
  const slug = opts.slug ?? unique("category");
  return db.category.create({
    data: { name: opts.name ?? slug, slug, parentId: opts.parentId ?? null },
  });
}

export async function createManufacturer(db: Db, opts: { name?: string } = {}) {
  const name = opts.name ?? unique("Manufacturer");
  return db.manufacturer.create({ data: { name, nameKey: name.trim().toLowerCase() } });
}

export type MedicineOverrides = {
  sellerId: string;
  categoryId: string;
  manufacturerId?: string;
  name?: string;
  genericName?: string;
  slug?: string;
  priceCents?: number;
  stock?: number;
  lowStockThreshold?: number;
  status?: MedicineStatus;
  createdAt?: Date;
  requiresPrescription?: boolean;
  strength?: string;
  restrictedIngredient?: string;
  restrictedMgPerPack?: number;
  /** When the factory's lot of `stock` units expires (default: in two years). */
  expiresAt?: Date;
};

export async function createMedicine(db: Db, opts: MedicineOverrides) {
  const slug = opts.slug ?? unique("medicine");
  const manufacturer = opts.manufacturerId
    ? await db.manufacturer.findUniqueOrThrow({ where: { id: opts.manufacturerId } })
    : await createManufacturer(db);
  const name = opts.name ?? `Medicine ${slug}`;
  const genericName = opts.genericName ?? `generic ${slug}`;
  const medicine = await db.medicine.create({
    data: {
      sellerId: opts.sellerId,
      categoryId: opts.categoryId,
      manufacturerId: manufacturer.id,
      name,
      slug,
      genericName,
      // As the listing services maintain it, so storefront search finds factory medicines too.
      searchText: buildSearchText({ name, genericName, manufacturerName: manufacturer.name }),
      strength: opts.strength ?? "500 mg",
      dosageForm: "tablet",
      packSize: "20 tablets",
      priceCents: opts.priceCents ?? 999,
      stock: opts.stock ?? 100,
      lowStockThreshold: opts.lowStockThreshold ?? 10,
      status: opts.status ?? "ACTIVE",
      requiresPrescription: opts.requiresPrescription ?? false,
      restrictedIngredient: opts.restrictedIngredient ?? null,
      restrictedMgPerPack: opts.restrictedMgPerPack ?? null,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
  });
  // Stock lives in batches: the units arrive as one lot with its INITIAL ledger row, as the
  // inventory service records them (Medicine.stock == SUM(batch quantity) == SUM(ledger)).
  if (medicine.stock > 0) {
    await createBatch(db, { medicineId: medicine.id, quantity: medicine.stock, expiresAt: opts.expiresAt, alreadyCounted: true });
  }
  return medicine;
}

/**
 * A lot of `quantity` units for a medicine, with its INITIAL ledger row; Medicine.stock grows by
 * it unless `alreadyCounted` (createMedicine wrote the stock already).
 */
export async function createBatch(
  db: Db,
  opts: { medicineId: string; quantity: number; lotNumber?: string; expiresAt?: Date | undefined; alreadyCounted?: boolean },
) {
  const expiresAt = opts.expiresAt ?? new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000);
  const batch = await db.batch.create({
    data: { medicineId: opts.medicineId, lotNumber: opts.lotNumber ?? unique("LOT").toUpperCase(), expiresAt, quantity: opts.quantity },
  });
  await db.stockMovement.create({
    data: { medicineId: opts.medicineId, batchId: batch.id, delta: opts.quantity, reason: "INITIAL" },
  });
  if (!opts.alreadyCounted) {
    await db.medicine.update({ where: { id: opts.medicineId }, data: { stock: { increment: opts.quantity } } });
  }
  return batch;
}

export async function createOrder(
  db: Db,
  opts: { customerId: string; sellerId: string; status?: OrderStatus; totalCents?: number },
) {
  const total = opts.totalCents ?? 1000;
  return db.order.create({
    data: {
      checkoutId: unique("checkout"),
      customerId: opts.customerId,
      sellerId: opts.sellerId,
      status: opts.status ?? "PLACED",
      subtotalCents: total,
      totalCents: total,
      shippingName: "Test Customer",
      shippingLine1: "1 Test Street",
      shippingCity: "Testville",
      shippingPostal: "12345",
      shippingCountry: "US",
      phone: "+10000000000",
    },
  });
}
