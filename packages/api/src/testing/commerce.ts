import { randomUUID } from "node:crypto";
import type { Db } from "@healio/db";
import type { PlaceOrderInput } from "../checkout/checkout.schema";
import { createCaller } from "../root";
import { actorOf, createCategory, createMedicine, createSeller, createUser, unique, type MedicineOverrides } from "./factories";

/** Helpers for cart / checkout / order tests (built on factories.ts). */

export const testAddress = {
  fullName: "Ada Lovelace",
  line1: "12 Analytical Row",
  city: "London",
  postalCode: "N1 9GU",
  country: "GB",
  phone: "+44 20 7946 0000",
} as const;

export async function createCustomer(db: Db) {
  const user = await createUser(db, { role: "CUSTOMER" });
  const actor = actorOf(user);
  return { user, actor, caller: createCaller({ db, actor }) };
}

/** n customers in one INSERT (concurrency tests need hundreds). */
export async function createCustomers(db: Db, n: number) {
  const users = Array.from({ length: n }, () => {
    const id = unique("customer");
    return { id, name: `Customer ${id}`, email: `${id}@test.healio.local`, role: "CUSTOMER" as const, emailVerified: true };
  });
  await db.user.createMany({ data: users });
  return users.map((u) => ({ user: u, actor: actorOf(u) }));
}

export async function createShop(db: Db, opts: { storeName?: string } = {}) {
  const seller = await createSeller(db, opts);
  const category = await createCategory(db);
  const medicine = (overrides: Partial<Omit<MedicineOverrides, "sellerId" | "categoryId">> = {}) =>
    createMedicine(db, { sellerId: seller.user.id, categoryId: category.id, ...overrides });
  return { ...seller, caller: createCaller({ db, actor: seller.actor }), category, medicine };
}

/** A valid order.place input with a fresh idempotency key and an inline address. */
export function placeInput(overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    address: { ...testAddress },
    phone: "+1 555 010 0000",
    paymentMethod: "CASH_ON_DELIVERY",
    ...overrides,
  };
}

/** The error a promise rejected with, or undefined if it resolved. */
export async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The error a promise rejected with; undefined if it resolved. */
export async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const result = await settle(promise);
  return result.ok ? undefined : result.error;
}

export function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** The AppError details a TRPCError carries (its cause). */
export function errorDetails(error: unknown): Record<string, unknown> | undefined {
  return (error as { cause?: { details?: Record<string, unknown> } } | null)?.cause?.details;
}

/** Stock, ledger sum, batch sum and ordered quantity of a medicine: they must tell the same story. */
export async function stockStory(db: Db, medicineId: string) {
  const [medicine, ledger, ordered, batches] = await Promise.all([
    db.medicine.findUniqueOrThrow({ where: { id: medicineId }, select: { stock: true } }),
    db.stockMovement.aggregate({ where: { medicineId }, _sum: { delta: true } }),
    db.orderItem.aggregate({ where: { medicineId, order: { status: { not: "CANCELLED" } } }, _sum: { quantity: true } }),
    db.batch.aggregate({ where: { medicineId }, _sum: { quantity: true } }),
  ]);
  return {
    stock: medicine.stock,
    ledger: ledger._sum.delta ?? 0,
    ordered: ordered._sum.quantity ?? 0,
    /** SUM(Batch.quantity): stock lives in batches. */
    batches: batches._sum.quantity ?? 0,
  };
}
