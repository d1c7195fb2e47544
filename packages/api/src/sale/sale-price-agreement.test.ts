import { describe, expect, it } from "vitest";
import { createCaller } from "../root";
import { actorOf, createUser, unique } from "../testing/factories";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { useTestDatabase } from "../testing/setup";

/**
 * The sale pages and the console show an event's offer price; checkout charges the live-sale price.
 * Both come from saleItemPriceSql (pricing/live-sale-sql.ts), so they agree even where rounding or a
 * later-lowered list price could make two formulas drift apart.
 */
const t = useTestDatabase();

const slug = () => unique("agree").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

describe("the displayed offer price is the charged price", () => {
  it("half-cent percent off and a list price lowered below the sale price", async () => {
    const shop = await createShop(t.db);
    const admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
    const now = Date.now();
    const event = await admin.sale.create({ name: "Agreement", slug: slug(), startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000) });
    const halfCent = await shop.medicine({ priceCents: 1001, stock: 20 }); // 50 % of 10.01 = 5.005 -> 5.01
    const lowered = await shop.medicine({ priceCents: 1000, stock: 20 });
    await admin.sale.addItem({ eventId: event.id, medicineId: halfCent.id, percentOff: 50 });
    await admin.sale.addItem({ eventId: event.id, medicineId: lowered.id, salePriceCents: 900 });
    await t.db.medicine.update({ where: { id: lowered.id }, data: { priceCents: 850 } });
    const expected = new Map([[halfCent.id, 501], [lowered.id, 850]]);

    const shown = new Map<string, number[]>();
    const see = (medicineId: string, cents: number) => shown.set(medicineId, [...(shown.get(medicineId) ?? []), cents]);
    for (const o of (await createCaller({ db: t.db, actor: null }).sale.bySlug({ slug: event.slug })).offers) see(o.medicine.id, o.eventPriceCents);
    for (const i of (await admin.sale.adminGet({ eventId: event.id })).items) see(i.medicine.id, i.eventPriceCents);
    for (const i of await shop.caller.sale.myItems()) see(i.medicine.id, i.eventPriceCents);
    for (const [id, cents] of expected) expect(shown.get(id)).toEqual([cents, cents, cents]);

    const customer = await createCustomer(t.db);
    for (const id of expected.keys()) await customer.caller.cart.add({ medicineId: id, quantity: 1 });
    const placed = await customer.caller.order.place(placeInput());
    const lines = await t.db.orderItem.findMany({ where: { orderId: { in: placed.orders.map((o) => o.id) } } });
    expect(new Map(lines.map((l) => [l.medicineId, l.lineTotalCents]))).toEqual(expected);
  });
});
