import type { Db } from "@healio/db";
import type { Actor } from "../../actor";
import {
  actorOf,
  createCategory,
  createManufacturer,
  createMedicine,
  createOrder,
  createSeller,
  createUser,
  unique,
} from "../../testing/factories";
import type { PersonKey } from "./actors";

export type Person = { id: string; email: string; phone: string; name: string; actor: Actor };

/**
 * The objects every sample input can name: two customers, two sellers (A and B, so "someone
 * else's object" always exists), an admin, and each party's medicines, orders, addresses and cart.
 * Everything is unique per build; the matrix builds a fresh world per procedure.
 */
export type World = {
  people: Record<PersonKey, Person>;
  category: { id: string; slug: string };
  subcategory: { id: string; slug: string };
  manufacturer: { id: string; name: string };
  /** ACTIVE medicine of seller A / seller B. */
  medicineA: { id: string; slug: string; priceCents: number; stock: number };
  medicineB: { id: string; slug: string; priceCents: number; stock: number };
  archivedMedicineA: { id: string; slug: string };
  /** customer A buys from seller A; customer B from seller B. Status PLACED, one item each. */
  orderA: { id: string; number: number; itemId: string };
  orderB: { id: string; number: number; itemId: string };
  addressA: { id: string };
  addressB: { id: string };
  /** customer A's cart holds medicine B; customer B's cart holds medicine A. */
  cartItemA: { id: string };
  cartItemB: { id: string };
};

let phoneSeq = 0;
/** A distinct phone per person: a canary the output-shaping test looks for in other people's responses. */
function phone(): string {
  phoneSeq += 1;
  return `+1555${String(Date.now() % 1_000_000).padStart(6, "0")}${String(phoneSeq).padStart(4, "0")}`;
}

async function person(db: Db, user: { id: string; email: string; name: string; role: Actor["role"] }): Promise<Person> {
  const p = phone();
  await db.user.update({ where: { id: user.id }, data: { phone: p } });
  return { id: user.id, email: user.email, name: user.name, phone: p, actor: actorOf(user) };
}

async function medicine(db: Db, sellerId: string, categoryId: string, manufacturerId: string, status?: "ARCHIVED") {
  const m = await createMedicine(db, { sellerId, categoryId, manufacturerId, stock: 50, ...(status ? { status } : {}) });
  return m;
}

async function order(db: Db, customer: Person, seller: Person, med: { id: string; name: string; priceCents: number }) {
  const o = await createOrder(db, { customerId: customer.id, sellerId: seller.id, totalCents: med.priceCents });
  await db.order.update({ where: { id: o.id }, data: { shippingName: customer.name, phone: customer.phone } });
  const item = await db.orderItem.create({
    data: {
      orderId: o.id,
      medicineId: med.id,
      name: med.name,
      strength: "500 mg",
      unitPriceCents: med.priceCents,
      quantity: 1,
      lineTotalCents: med.priceCents,
    },
  });
  await db.orderStatusEvent.create({ data: { orderId: o.id, toStatus: "PLACED", actorId: customer.id } });
  // The unit leaves stock as a checkout takes it: from the medicine's lot, recorded per batch.
  const batch = await db.batch.findFirstOrThrow({ where: { medicineId: med.id }, orderBy: { expiresAt: "asc" } });
  await db.batch.update({ where: { id: batch.id }, data: { quantity: { decrement: 1 } } });
  await db.medicine.update({ where: { id: med.id }, data: { stock: { decrement: 1 } } });
  await db.orderItemBatch.create({ data: { orderItemId: item.id, batchId: batch.id, quantity: 1 } });
  await db.stockMovement.create({ data: { medicineId: med.id, batchId: batch.id, delta: -1, reason: "ORDER", orderId: o.id } });
  return { id: o.id, number: o.number, itemId: item.id };
}

async function address(db: Db, p: Person) {
  return db.address.create({
    data: { userId: p.id, fullName: p.name, line1: "1 Canary Road", city: "Testville", postalCode: "12345", phone: p.phone, isDefault: true },
    select: { id: true },
  });
}

export async function buildWorld(db: Db): Promise<World> {
  const [customerA, customerB, admin] = await Promise.all([
    createUser(db, { role: "CUSTOMER" }).then((u) => person(db, u)),
    createUser(db, { role: "CUSTOMER" }).then((u) => person(db, u)),
    createUser(db, { role: "ADMIN" }).then((u) => person(db, u)),
  ]);
  const [sellerA, sellerB] = await Promise.all([
    createSeller(db).then((s) => person(db, s.user)),
    createSeller(db).then((s) => person(db, s.user)),
  ]);
  const category = await createCategory(db);
  const subcategory = await createCategory(db, { parentId: category.id });
  const manufacturer = await createManufacturer(db, { name: unique("Maker") });
  const [medicineA, medicineB, archivedMedicineA] = await Promise.all([
    medicine(db, sellerA.id, subcategory.id, manufacturer.id),
    medicine(db, sellerB.id, subcategory.id, manufacturer.id),
    medicine(db, sellerA.id, subcategory.id, manufacturer.id, "ARCHIVED"),
  ]);
  const [orderA, orderB, addressA, addressB, cartItemA, cartItemB] = await Promise.all([
    order(db, customerA, sellerA, medicineA),
    order(db, customerB, sellerB, medicineB),
    address(db, customerA),
    address(db, customerB),
    db.cartItem.create({ data: { userId: customerA.id, medicineId: medicineB.id, quantity: 1 }, select: { id: true } }),
    db.cartItem.create({ data: { userId: customerB.id, medicineId: medicineA.id, quantity: 1 }, select: { id: true } }),
  ]);
  const pick = (m: typeof medicineA) => ({ id: m.id, slug: m.slug, priceCents: m.priceCents, stock: m.stock });
  return {
    people: { customerA, customerB, sellerA, sellerB, admin },
    category: { id: category.id, slug: category.slug },
    subcategory: { id: subcategory.id, slug: subcategory.slug },
    manufacturer: { id: manufacturer.id, name: manufacturer.name },
    medicineA: pick(medicineA),
    medicineB: pick(medicineB),
    archivedMedicineA: { id: archivedMedicineA.id, slug: archivedMedicineA.slug },
    orderA,
    orderB,
    addressA,
    addressB,
    cartItemA,
    cartItemB,
  };
}
