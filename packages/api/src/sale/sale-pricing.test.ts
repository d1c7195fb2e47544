import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { getCart } from "../cart/get-cart";
import { liveSalesFor, nextSaleBoundary } from "../pricing/live-sale-sql";
import { FLAT_SHIPPING_CENTS } from "../pricing/price-lines";
import { createCaller } from "../root";
import { actorOf, createUser, unique } from "../testing/factories";
import { createCustomer, createShop, errorDetails, placeInput } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";

let t: TestDatabase;
let shop: Awaited<ReturnType<typeof createShop>>;
let admin: ReturnType<typeof createCaller>;
const anon = () => createCaller({ db: t.db, actor: null });
const MIN = 60_000;
const HOUR = 60 * MIN;

beforeAll(async () => {
  t = await createTestDatabase();
  shop = await createShop(t.db, { storeName: "Sale Pharmacy" });
  admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
});
afterAll(async () => {
  await t?.drop();
});

const slug = () => unique("sale").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

async function medicine(priceCents = 1000, stock = 100) {
  const m = await shop.medicine({ priceCents, stock });
  return m;
}

/** An event created directly (past starts are allowed in tests; the API needs no such restriction either). */
async function event(startsAt: Date, endsAt: Date, name = "Flash") {
  return admin.sale.create({ name, slug: slug(), startsAt, endsAt });
}

async function priceAt(medicineId: string, at: Date) {
  return (await liveSalesFor(t.db, [medicineId], at)).get(medicineId)?.salePriceCents ?? null;
}

describe("the effective price at an instant", () => {
  it("starts at start and stops at end: start-1 ms list, start sale, end-1 ms sale, end list", async () => {
    const m = await medicine(1000);
    const S = new Date(Date.UTC(2031, 5, 1, 12, 0, 0, 0));
    const E = new Date(S.getTime() + HOUR);
    const e = await event(S, E);
    await admin.sale.addItem({ eventId: e.id, medicineId: m.id, salePriceCents: 750 });
    expect(await priceAt(m.id, new Date(S.getTime() - 1))).toBeNull();
    expect(await priceAt(m.id, S)).toBe(750);
    expect(await priceAt(m.id, new Date(E.getTime() - 1))).toBe(750);
    expect(await priceAt(m.id, E)).toBeNull();
    expect(await nextSaleBoundary(t.db, new Date(S.getTime() - 1))).toEqual(S);
    expect(await nextSaleBoundary(t.db, S)).toEqual(E);

    // The cart prices through the same rule at the same instants.
    const { caller, actor } = await createCustomer(t.db);
    await caller.cart.add({ medicineId: m.id, quantity: 2 });
    const at = async (ms: number) => (await getCart(t.db, actor, new Date(ms))).lines[0]!;
    expect(await at(S.getTime() - 1)).toMatchObject({ unitPriceCents: 1000, discountCents: 0, lineTotalCents: 2000, sale: null });
    expect(await at(S.getTime())).toMatchObject({ unitPriceCents: 1000, discountCents: 500, lineTotalCents: 1500, sale: { salePriceCents: 750 } });
    expect(await at(E.getTime() - 1)).toMatchObject({ lineTotalCents: 1500 });
    expect(await at(E.getTime())).toMatchObject({ lineTotalCents: 2000, sale: null });
  });

  it("overlapping events: the lowest live price wins; when one ends the next live one applies", async () => {
    const m = await medicine(1000);
    const S = new Date(Date.UTC(2032, 0, 1, 0, 0, 0, 0));
    const a = await event(S, new Date(S.getTime() + 2 * HOUR), "Sale A");
    const b = await event(new Date(S.getTime() + HOUR), new Date(S.getTime() + 3 * HOUR), "Sale B");
    await admin.sale.addItem({ eventId: a.id, medicineId: m.id, percentOff: 20 }); // 800
    await admin.sale.addItem({ eventId: b.id, medicineId: m.id, salePriceCents: 900 });
    const at = (h: number, ms = 0) => priceAt(m.id, new Date(S.getTime() + h * HOUR + ms));
    expect(await at(0.5)).toBe(800);
    expect(await at(1)).toBe(800); // both live: A is lower
    expect(await at(2, -1)).toBe(800);
    expect(await at(2)).toBe(900); // A ended: hand-over to B, not back to the list price
    expect(await at(3, -1)).toBe(900);
    expect(await at(3)).toBeNull();
    const live = await liveSalesFor(t.db, [m.id], new Date(S.getTime() + 2 * HOUR));
    expect(live.get(m.id)?.saleEventId).toBe(b.id);
  });

  it("percent off rounds to the cent; a sale price never exceeds a later-lowered list price", async () => {
    const m = await medicine(999);
    const now = Date.now();
    const e = await event(new Date(now - MIN), new Date(now + HOUR));
    await admin.sale.addItem({ eventId: e.id, medicineId: m.id, percentOff: 15 }); // 849.15 -> 849
    expect(await priceAt(m.id, new Date())).toBe(849);
    const m2 = await medicine(1000);
    await admin.sale.addItem({ eventId: e.id, medicineId: m2.id, salePriceCents: 900 });
    await expectTRPCError(admin.sale.addItem({ eventId: e.id, medicineId: (await medicine(500)).id, salePriceCents: 501 }), "BAD_REQUEST");
    await t.db.medicine.update({ where: { id: m2.id }, data: { priceCents: 850 } });
    expect(await priceAt(m2.id, new Date())).toBe(850);
    const card = await anon().medicine.bySlug({ slug: m2.slug });
    expect(card).toMatchObject({ priceCents: 850, listPriceCents: 850, sale: null });
    // The badge says the percent the admin chose: 25 % of 8.69 is 6.5175 -> 6.52 (24.97 % off), shown as 25.
    const m3 = await medicine(869);
    await admin.sale.addItem({ eventId: e.id, medicineId: m3.id, percentOff: 25 });
    expect(await anon().medicine.bySlug({ slug: m3.slug })).toMatchObject({ priceCents: 652, sale: { salePriceCents: 652, percentOff: 25 } });
  });
});

describe("every path prices with the live sale", () => {
  it("list, search, medicine page, cart and order.place agree; order lines snapshot list, sale and event", async () => {
    const m = await medicine(2000);
    const now = Date.now();
    const e = await event(new Date(now - MIN), new Date(now + HOUR), "Spring flash");
    await admin.sale.addItem({ eventId: e.id, medicineId: m.id, salePriceCents: 1500 });
    const expected = { priceCents: 1500, listPriceCents: 2000, sale: { eventSlug: e.slug, salePriceCents: 1500, percentOff: 25 } };

    const listed = (await anon().medicine.list({ limit: 100 })).items.find((c) => c.id === m.id);
    expect(listed).toMatchObject(expected);
    const searched = (await anon().medicine.list({ search: m.name, limit: 100 })).items.find((c) => c.id === m.id);
    expect(searched).toMatchObject(expected);
    expect(await anon().medicine.bySlug({ slug: m.slug })).toMatchObject(expected);
    const strip = await anon().sale.strip();
    expect(strip.live.find((x) => x.id === e.id)?.offers.map((o) => o.medicine.id)).toContain(m.id);
    expect((await anon().sale.bySlug({ slug: e.slug })).offers[0]).toMatchObject({ eventPriceCents: 1500, medicine: expected });

    const customer = await createCustomer(t.db);
    await customer.caller.cart.add({ medicineId: m.id, quantity: 3 });
    const cart = await customer.caller.cart.get();
    expect(cart).toMatchObject({ subtotalCents: 6000, discountCents: 1500, shippingCents: FLAT_SHIPPING_CENTS, totalCents: 4500 + FLAT_SHIPPING_CENTS });
    const placed = await customer.caller.order.place(placeInput({ expectedTotalCents: cart.totalCents }));
    expect(placed.totalCents).toBe(cart.totalCents);
    const item = await t.db.orderItem.findFirstOrThrow({ where: { orderId: placed.orders[0]!.id } });
    const saleItem = await t.db.saleItem.findFirstOrThrow({ where: { eventId: e.id, medicineId: m.id } });
    expect(item).toMatchObject({
      unitPriceCents: 2000, salePriceCents: 1500, discountCents: 1500, lineTotalCents: 4500, quantity: 3, saleEventId: e.id, saleItemId: saleItem.id,
    });
    expect(saleItem.soldUnits).toBe(3);
    const view = await customer.caller.order.get({ id: placed.orders[0]!.id });
    expect(view.items[0]).toMatchObject({ salePriceCents: 1500, saleEvent: { name: "Spring flash", slug: e.slug } });

    // The console's figures follow the analytics definitions: booked now, delivered not yet.
    const booked = (await admin.sale.adminList({ phase: "live" })).find((x) => x.id === e.id);
    expect(booked).toMatchObject({ unitsSold: 3, revenueCents: 4500, deliveredRevenueCents: 0 });
    expect((await admin.sale.adminGet({ eventId: e.id })).items[0]).toMatchObject({ soldUnits: 3, revenueCents: 4500 });

    // Cancelling the order gives the units back to the sale.
    await customer.caller.order.cancel({ id: placed.orders[0]!.id });
    expect((await t.db.saleItem.findUniqueOrThrow({ where: { id: saleItem.id } })).soldUnits).toBe(0);
    const stats = (await admin.sale.adminList({})).find((x) => x.id === e.id);
    expect(stats).toMatchObject({ phase: "live", unitsSold: 0, revenueCents: 0, approvedItems: 1 });
  });

  it("a cancelled event stops at once: pages, cart and checkout return to the list price", async () => {
    const m = await medicine(1000);
    const now = Date.now();
    const e = await event(new Date(now - MIN), new Date(now + HOUR));
    await admin.sale.addItem({ eventId: e.id, medicineId: m.id, salePriceCents: 600 });
    const customer = await createCustomer(t.db);
    await customer.caller.cart.add({ medicineId: m.id, quantity: 1 });
    const saleTotal = (await customer.caller.cart.get()).totalCents;
    expect(saleTotal).toBe(600 + FLAT_SHIPPING_CENTS);

    await admin.sale.cancel({ eventId: e.id, reason: "Pricing error" });
    expect(await anon().medicine.bySlug({ slug: m.slug })).toMatchObject({ priceCents: 1000, sale: null });
    expect((await customer.caller.cart.get()).totalCents).toBe(1000 + FLAT_SHIPPING_CENTS);
    const refused = await expectTRPCError(customer.caller.order.place(placeInput({ expectedTotalCents: saleTotal })), "CONFLICT");
    expect(errorDetails(refused)).toMatchObject({ reason: "price_changed", totalCents: 1000 + FLAT_SHIPPING_CENTS });
    expect(await anon().sale.bySlug({ slug: e.slug })).toMatchObject({ phase: "cancelled", cancelReason: "Pricing error" });
    await expectTRPCError(admin.sale.cancel({ eventId: e.id, reason: "again" }), "CONFLICT");
    await expectTRPCError(admin.sale.addItem({ eventId: e.id, medicineId: (await medicine()).id, percentOff: 10 }), "CONFLICT");
    const audits = await t.db.auditLog.findMany({ where: { entityId: e.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["sale.created", "sale.cancelled"]);
  });
});

describe("proposals and console views", () => {
  it("sellers propose their own medicines; admins approve or decline; everything is audited", async () => {
    const now = Date.now();
    const e = await event(new Date(now + HOUR), new Date(now + 2 * HOUR));
    const own = await medicine(1000);
    const other = await createShop(t.db);
    const foreign = await other.medicine({ priceCents: 1000 });
    await expectTRPCError(shop.caller.sale.propose({ eventId: e.id, medicineId: foreign.id, percentOff: 10 }), "NOT_FOUND");
    await expectTRPCError(shop.caller.sale.propose({ eventId: e.id, medicineId: own.id, salePriceCents: 1001 }), "BAD_REQUEST");
    await expectTRPCError(shop.caller.sale.propose({ eventId: e.id, medicineId: own.id }), "BAD_REQUEST");
    const proposal = await shop.caller.sale.propose({ eventId: e.id, medicineId: own.id, percentOff: 10, capUnits: 5, perCustomerLimit: 1 });
    expect(proposal.status).toBe("PROPOSED");
    await expectTRPCError(shop.caller.sale.propose({ eventId: e.id, medicineId: own.id, percentOff: 20 }), "CONFLICT");
    expect((await admin.sale.proposals()).map((p) => p.id)).toContain(proposal.id);
    // Proposed is not approved: no price effect even while live.
    expect(await priceAt(own.id, new Date(now + 1.5 * HOUR))).toBeNull();
    await admin.sale.decide({ saleItemId: proposal.id, approve: true });
    expect(await priceAt(own.id, new Date(now + 1.5 * HOUR))).toBe(900);
    await expectTRPCError(admin.sale.decide({ saleItemId: proposal.id, approve: false, reason: "late" }), "CONFLICT");
    const mine = await shop.caller.sale.myItems();
    expect(mine.find((i) => i.id === proposal.id)).toMatchObject({ status: "APPROVED", eventPriceCents: 900, event: { phase: "upcoming" } });

    const second = await other.caller.sale.propose({ eventId: e.id, medicineId: foreign.id, salePriceCents: 700 });
    await expectTRPCError(admin.sale.decide({ saleItemId: second.id, approve: false }), "BAD_REQUEST");
    await admin.sale.decide({ saleItemId: second.id, approve: false, reason: "Too deep a discount" });
    expect(await priceAt(foreign.id, new Date(now + 1.5 * HOUR))).toBeNull();
    await admin.sale.updateItem({ saleItemId: proposal.id, salePriceCents: 800, capUnits: 10 });
    expect(await priceAt(own.id, new Date(now + 1.5 * HOUR))).toBe(800);
    const actions = await t.db.auditLog.findMany({ where: { entityType: "SaleItem", entityId: { in: [proposal.id, second.id] } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["sale_item.proposed", "sale_item.approved", "sale_item.proposed", "sale_item.declined", "sale_item.updated"]);
    expect((await admin.sale.adminGet({ eventId: e.id })).items).toHaveLength(2);
  });

  it("validates events: end after start, unique slug, no rescheduling the start of a live sale", async () => {
    const now = Date.now();
    await expectTRPCError(admin.sale.create({ name: "Bad", slug: slug(), startsAt: new Date(now + HOUR), endsAt: new Date(now + HOUR) }), "BAD_REQUEST");
    await expectTRPCError(admin.sale.create({ name: "Bad", slug: "Not A Slug", startsAt: new Date(now), endsAt: new Date(now + HOUR) }), "BAD_REQUEST");
    const e = await event(new Date(now - MIN), new Date(now + HOUR));
    await expectTRPCError(admin.sale.create({ name: "Dup", slug: e.slug, startsAt: new Date(now), endsAt: new Date(now + HOUR) }), "CONFLICT");
    await expectTRPCError(admin.sale.update({ eventId: e.id, startsAt: new Date(now + MIN) }), "CONFLICT");
    const extended = await admin.sale.update({ eventId: e.id, endsAt: new Date(now + 2 * HOUR) });
    expect(extended.endsAt.getTime()).toBe(now + 2 * HOUR);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: e.id, action: "sale.updated" } });
    expect(audit.before).toMatchObject({ endsAt: new Date(now + HOUR).toISOString() });
  });
});
