// Writes the demo plan (demo-plan.ts). Idempotent: every row has a stable id and is inserted with
// `createMany({ skipDuplicates: true })` in batches, all in one transaction, so a second run inserts
// nothing and a failed run leaves nothing behind. Only rows missing from the database are written;
// rows that exist (even if edited since) are left alone.
import type { Db, Tx } from "../client";
import { SeedError } from "./errors";
import { accountIdFor, buildDemoPlan, type DemoPlan } from "./demo-plan";
import { betterAuthHashPassword, passwordSchema, type HashPassword } from "./password";
import type { SeedLog } from "./progress";

export interface SeedDemoOptions {
  /** Password of newly created demo users (existing users keep theirs). 8..128 characters. */
  password: string;
  log?: SeedLog;
  /** Defaults to Better-Auth's scrypt `hashPassword`. */
  hashPassword?: HashPassword;
  /** Reference time for generated dates (orders, reviews); defaults to the current time. */
  now?: Date;
}

export interface SeedCounts {
  users: number;
  accounts: number;
  sellerProfiles: number;
  addresses: number;
  categories: number;
  manufacturers: number;
  medicines: number;
  stockMovements: number;
  batches: number;
  orderItemBatches: number;
  orders: number;
  orderItems: number;
  orderStatusEvents: number;
  reviews: number;
}

export interface DemoLogin {
  email: string;
  role: "SELLER" | "CUSTOMER";
  name: string;
  note?: string;
}

export interface SeedDemoResult {
  /** Rows the demo data set consists of. */
  total: SeedCounts;
  /** Rows this run actually inserted (all zero on a re-run). */
  inserted: SeedCounts;
  logins: DemoLogin[];
  durationMs: number;
}

const BATCH_SIZE = 500;
const TRANSACTION_OPTIONS = { timeout: 180_000, maxWait: 30_000 };

export async function seedDemoData(db: Db, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const started = performance.now();
  const log: SeedLog = options.log ?? (() => undefined);
  const password = passwordSchema.safeParse(options.password);
  if (!password.success) throw new SeedError(`Invalid demo password: ${password.error.issues[0]?.message ?? "invalid"}`);

  const plan = buildDemoPlan(options.now ?? new Date());
  await assertNoForeignConflicts(db, plan);

  // Hash only when some credential account is missing: scrypt is deliberately slow (~0.2 s). One hash
  // serves every new demo account; they share the password anyway.
  const existingAccounts = await db.account.findMany({
    where: { id: { in: plan.users.map((u) => accountIdFor(u.id)) } },
    select: { id: true },
  });
  const missingAccounts = plan.users.length - existingAccounts.length;
  const passwordHash = missingAccounts > 0 ? await (options.hashPassword ?? betterAuthHashPassword)(password.data) : null;

  log("seeding demo data...");
  const inserted = await db.$transaction((tx) => writePlan(tx, plan, passwordHash, log), TRANSACTION_OPTIONS);

  const total: SeedCounts = {
    users: plan.users.length,
    accounts: plan.users.length,
    sellerProfiles: plan.sellerProfiles.length,
    addresses: plan.addresses.length,
    categories: plan.categories.length,
    manufacturers: plan.manufacturers.length,
    medicines: plan.medicines.length,
    stockMovements: plan.ledger.length,
    batches: plan.batches.length,
    orderItemBatches: plan.allocations.length,
    orders: plan.history.orders.length,
    orderItems: plan.history.items.length,
    orderStatusEvents: plan.history.events.length,
    reviews: plan.history.reviews.length,
  };
  const pending = new Set(plan.sellerProfiles.filter((p) => p.status === "PENDING").map((p) => p.userId));
  const logins: DemoLogin[] = plan.users.map((u) => ({
    email: u.email,
    role: u.role,
    name: u.name,
    ...(pending.has(u.id) ? { note: "seller application pending" } : {}),
  }));
  return { total, inserted, logins, durationMs: Math.round(performance.now() - started) };
}

/** Seed rows must not collide with rows the app created under other ids (same e-mail or slug). */
async function assertNoForeignConflicts(db: Db, plan: DemoPlan): Promise<void> {
  const planned = new Map(plan.users.map((u) => [u.email, u.id]));
  const users = await db.user.findMany({
    where: { email: { in: [...planned.keys()] } },
    select: { id: true, email: true },
  });
  const clash = users.find((u) => planned.get(u.email) !== u.id);
  if (clash) {
    throw new SeedError(
      `Cannot seed demo data: ${clash.email} already belongs to another user (id ${clash.id}). ` +
        "Delete that user or use a fresh database.",
    );
  }
  const medicineIds = new Set(plan.medicines.map((m) => m.id));
  const medicines = await db.medicine.findMany({
    where: { slug: { in: plan.medicines.map((m) => m.slug) } },
    select: { id: true, slug: true },
  });
  const slugClash = medicines.find((m) => !medicineIds.has(m.id));
  if (slugClash) {
    throw new SeedError(
      `Cannot seed demo data: a medicine with slug "${slugClash.slug}" already exists (id ${slugClash.id}).`,
    );
  }
}

async function insertInBatches<T>(
  label: string,
  rows: readonly T[],
  log: SeedLog,
  insert: (batch: T[]) => Promise<{ count: number }>,
): Promise<number> {
  let count = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    count += (await insert(rows.slice(start, start + BATCH_SIZE))).count;
    const done = Math.min(start + BATCH_SIZE, rows.length);
    log(`seeding ${label} ${done}/${rows.length}`, { done, total: rows.length });
  }
  return count;
}

async function writePlan(tx: Tx, plan: DemoPlan, passwordHash: string | null, log: SeedLog): Promise<SeedCounts> {
  const skipDuplicates = true;
  const { orders: allOrders, items, events, reviews: allReviews } = plan.history;

  const users = await insertInBatches("users", plan.users, log, (data) => tx.user.createMany({ data, skipDuplicates }));
  const accounts =
    passwordHash === null
      ? 0
      : await insertInBatches("accounts", plan.users, log, (batch) =>
          tx.account.createMany({
            data: batch.map((u) => ({
              id: accountIdFor(u.id),
              accountId: u.id,
              providerId: "credential",
              userId: u.id,
              password: passwordHash,
            })),
            skipDuplicates,
          }),
        );
  const sellerProfiles = await insertInBatches("seller profiles", plan.sellerProfiles, log, (data) =>
    tx.sellerProfile.createMany({ data, skipDuplicates }),
  );
  const addresses = await insertInBatches("addresses", plan.addresses, log, (data) =>
    tx.address.createMany({ data, skipDuplicates }),
  );

  // Parents first, level by level; an existing category with the same slug is reused as is.
  const categoryIds = new Map<string, string>();
  let categories = 0;
  const depths = [...new Set(plan.categories.map((c) => c.depth))].sort((a, b) => a - b);
  for (const depth of depths) {
    const level = plan.categories.filter((c) => c.depth === depth);
    const data = level.map((c) => ({
      id: c.id,
      name: c.name,
      slug: c.slug,
      parentId: c.parentSlug === null ? null : required(categoryIds, c.parentSlug, "category"),
    }));
    categories += (await tx.category.createMany({ data, skipDuplicates })).count;
    const rows = await tx.category.findMany({
      where: { slug: { in: level.map((c) => c.slug) } },
      select: { id: true, slug: true },
    });
    for (const row of rows) categoryIds.set(row.slug, row.id);
  }
  const categoryTotal = plan.categories.length;
  log(`seeding categories ${categoryTotal}/${categoryTotal}`, { done: categoryTotal, total: categoryTotal });

  // Likewise an existing manufacturer with the same nameKey is reused.
  const manufacturers = await insertInBatches("manufacturers", plan.manufacturers, log, (data) =>
    tx.manufacturer.createMany({ data, skipDuplicates }),
  );
  const makerRows = await tx.manufacturer.findMany({
    where: { nameKey: { in: plan.manufacturers.map((m) => m.nameKey) } },
    select: { id: true, nameKey: true },
  });
  const manufacturerIds = new Map(makerRows.map((m) => [m.nameKey, m.id]));
  const keyOf = new Map(plan.manufacturers.map((m) => [m.name, m.nameKey]));

  const medicines = await insertInBatches("medicines", plan.medicines, log, (batch) =>
    tx.medicine.createMany({
      data: batch.map((m) => ({
        id: m.id,
        sellerId: m.sellerId,
        categoryId: required(categoryIds, m.categorySlug, "category"),
        manufacturerId: required(manufacturerIds, keyOf.get(m.manufacturerName) ?? "", "manufacturer"),
        name: m.name,
        slug: m.slug,
        genericName: m.genericName,
        strength: m.strength,
        dosageForm: m.dosageForm,
        packSize: m.packSize,
        description: m.description,
        leafletUses: m.leafletUses,
        leafletDosage: m.leafletDosage,
        leafletWarnings: m.leafletWarnings,
        imageUrl: null,
        requiresPrescription: m.requiresPrescription,
        priceCents: m.priceCents,
        stock: m.finalStock,
        lowStockThreshold: m.lowStockThreshold,
        status: m.status,
        searchText: m.searchText,
        ratingAverage: m.ratingAverage,
        ratingCount: m.ratingCount,
        createdAt: m.createdAt,
        updatedAt: m.createdAt,
      })),
      skipDuplicates,
    }),
  );

  // Orders carry an autoincrement number: insert only missing ones, so re-runs burn no sequence values.
  const existing = await tx.order.findMany({ where: { id: { in: allOrders.map((o) => o.id) } }, select: { id: true } });
  const existingIds = new Set(existing.map((o) => o.id));
  const newOrders = allOrders.filter((o) => !existingIds.has(o.id));
  const orders = await insertInBatches("orders", newOrders, log, (data) => tx.order.createMany({ data, skipDuplicates }));
  const orderItems = await insertInBatches("order items", items, log, (data) =>
    tx.orderItem.createMany({ data, skipDuplicates }),
  );
  const orderStatusEvents = await insertInBatches("order status events", events, log, (data) =>
    tx.orderStatusEvent.createMany({ data, skipDuplicates }),
  );
  const batches = await insertInBatches("batches", plan.batches, log, (data) => tx.batch.createMany({ data, skipDuplicates }));
  const orderItemBatches = await insertInBatches("order line lots", plan.allocations, log, (data) =>
    tx.orderItemBatch.createMany({ data, skipDuplicates }),
  );
  const stockMovements = await insertInBatches("stock movements", plan.ledger, log, (data) =>
    tx.stockMovement.createMany({ data, skipDuplicates }),
  );
  const reviews = await insertInBatches("reviews", allReviews, log, (data) =>
    tx.review.createMany({ data, skipDuplicates }),
  );

  return {
    users,
    accounts,
    sellerProfiles,
    addresses,
    categories,
    manufacturers,
    medicines,
    stockMovements,
    batches,
    orderItemBatches,
    orders,
    orderItems,
    orderStatusEvents,
    reviews,
  };
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new SeedError(`demo seed: unknown ${what} "${key}"`);
  return id;
}
