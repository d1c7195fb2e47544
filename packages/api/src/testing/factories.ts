import { randomUUID } from "node:crypto";
import type { Db, MedicineStatus, OrderStatus, Role, SellerStatus } from "@healio/db";
import type { Actor } from "../actor";
import { buildSearchText } from "../medicine/search-text";

/**
 * Test data written straight through Prisma, unique per call (counter + random run id), so tests
 * in one database never collide. Only the fields a test cares about need to be passed.
 */
const run = randomUUID().slice(0, 8);
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
};

export async function createMedicine(db: Db, opts: MedicineOverrides) {
  const slug = opts.slug ?? unique("medicine");
  const manufacturer = opts.manufacturerId
    ? await db.manufacturer.findUniqueOrThrow({ where: { id: opts.manufacturerId } })
    : await createManufacturer(db);
  const name = opts.name ?? `Medicine ${slug}`;
  const genericName = opts.genericName ?? `generic ${slug}`;
  return db.medicine.create({
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
