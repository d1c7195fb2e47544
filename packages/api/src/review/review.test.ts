import { describe, expect, it } from "vitest";
import { createCaller } from "../root";
import { createCustomer, createCustomers, createShop, errorCode, placeInput, settle } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { useMarketplace, useTestDatabase } from "../testing/setup";

const t = useTestDatabase();
const market = useMarketplace(t, { storeName: "Review Pharmacy", poolMax: 20 });

type Customer = Awaited<ReturnType<typeof createCustomer>>;

async function stockedMedicine(priceCents = 1000) {
  const m = await market.shop.medicine({ stock: 500, priceCents });
  return m;
}

/** A real order through checkout; the seller then walks it to `until` through order.updateStatus. */
async function purchase(customer: Customer, medicineId: string, until: "PLACED" | "SHIPPED" | "DELIVERED" = "DELIVERED") {
  const placed = await customer.caller.order.place(placeInput({ lines: [{ medicineId, quantity: 1 }] }));
  const id = placed.orders[0]!.id;
  const path = until === "PLACED" ? [] : until === "SHIPPED" ? ["PROCESSING", "SHIPPED"] : ["PROCESSING", "SHIPPED", "DELIVERED"];
  for (const status of path) await market.shop.caller.order.updateStatus({ id, status: status as "PROCESSING" });
  return id;
}

async function reviewer(medicineId: string) {
  const c = await createCustomer(t.db);
  await purchase(c, medicineId);
  return c;
}

/** The aggregate on the row must always equal a fresh aggregate of the visible reviews. */
async function ratingOf(medicineId: string) {
  const m = await t.db.medicine.findUniqueOrThrow({ where: { id: medicineId }, select: { ratingAverage: true, ratingCount: true } });
  const [fresh] = await t.db.$queryRaw<{ avg: string; n: number }[]>`
    SELECT COALESCE(round(avg(rating)::numeric, 2), 0)::text AS avg, count(*)::int AS n
    FROM "Review" WHERE "medicineId" = ${medicineId} AND "hiddenAt" IS NULL`;
  expect({ average: m.ratingAverage.toFixed(2), count: m.ratingCount }).toEqual({ average: Number(fresh!.avg).toFixed(2), count: fresh!.n });
  return { average: m.ratingAverage.toFixed(2), count: m.ratingCount };
}

describe("review eligibility", () => {
  it("refuses until an order containing the medicine is DELIVERED to that customer", async () => {
    const m = await stockedMedicine();
    const ada = await createCustomer(t.db);
    const bob = await createCustomer(t.db);
    const write = (c: Customer) => c.caller.review.create({ medicineId: m.id, rating: 5, body: "Good." });

    // Nothing bought.
    expect(await ada.caller.review.eligibility({ medicineId: m.id })).toMatchObject({ canReview: false, reason: "not_delivered" });
    await expectTRPCError(write(ada), "NOT_FOUND");
    // Bought, placed and shipped but not delivered.
    const orderId = await purchase(ada, m.id, "SHIPPED");
    await expectTRPCError(write(ada), "NOT_FOUND");
    expect(await ada.caller.review.orderInvites({ orderId })).toEqual([]);
    // Delivered: Ada may review; Bob (whose order it is not) still may not.
    await market.shop.caller.order.updateStatus({ id: orderId, status: "DELIVERED" });
    expect(await ada.caller.review.eligibility({ medicineId: m.id })).toMatchObject({ canReview: true, reason: "eligible" });
    await expectTRPCError(write(bob), "NOT_FOUND");
    await expectTRPCError(bob.caller.review.orderInvites({ orderId }), "NOT_FOUND");
    expect(await ada.caller.review.orderInvites({ orderId })).toEqual([{ medicineId: m.id, name: m.name, slug: m.slug, review: null }]);

    const review = await write(ada);
    expect(review).toMatchObject({ rating: 5, verifiedPurchase: true, mine: true, title: null });
    expect(await ada.caller.review.orderInvites({ orderId })).toEqual([
      { medicineId: m.id, name: m.name, slug: m.slug, review: { id: review.id, rating: 5 } },
    ]);
    expect(await t.db.review.count({ where: { medicineId: m.id } })).toBe(1);
  });

  it("one review per customer per medicine, also under concurrent double submits", async () => {
    const m = await stockedMedicine();
    const ada = await reviewer(m.id);
    const caller = createCaller({ db: market.pool, actor: ada.actor });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => settle(caller.review.create({ medicineId: m.id, rating: 1 + (i % 5), body: `try ${i}` }))),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => errorCode(o.ok ? null : o.error))).toEqual(Array(7).fill("CONFLICT"));
    expect(await t.db.review.count({ where: { medicineId: m.id } })).toBe(1);
    expect((await ratingOf(m.id)).count).toBe(1);
  });

  it("validates rating 1..5 and the 2,000-character body as BAD_REQUEST", async () => {
    const m = await stockedMedicine();
    const ada = await reviewer(m.id);
    for (const rating of [0, 6, 3.5]) await expectTRPCError(ada.caller.review.create({ medicineId: m.id, rating, body: "" }), "BAD_REQUEST");
    await expectTRPCError(ada.caller.review.create({ medicineId: m.id, rating: 4, body: "x".repeat(2001) }), "BAD_REQUEST");
    const ok = await ada.caller.review.create({ medicineId: m.id, rating: 4, body: "x".repeat(2000) });
    expect(ok.body).toHaveLength(2000);
  });

  it("stores and returns HTML payloads verbatim as plain text (the apps render them as text)", async () => {
    const m = await stockedMedicine();
    const ada = await reviewer(m.id);
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
    await ada.caller.review.create({ medicineId: m.id, rating: 3, title: "<b>bold</b>", body: payload });
    const page = await createCaller({ db: t.db, actor: null }).review.list({ medicineId: m.id });
    expect(page.items[0]).toMatchObject({ title: "<b>bold</b>", body: payload });
  });
});

describe("rating aggregate", () => {
  it("stays exact after create, edit, delete, hide and restore; hidden reviews are not listed or counted", async () => {
    const m = await stockedMedicine();
    const [a, b, c] = [await reviewer(m.id), await reviewer(m.id), await reviewer(m.id)];
    const ra = await a.caller.review.create({ medicineId: m.id, rating: 5, body: "" });
    await b.caller.review.create({ medicineId: m.id, rating: 4, body: "" });
    const rc = await c.caller.review.create({ medicineId: m.id, rating: 2, body: "" });
    expect(await ratingOf(m.id)).toEqual({ average: "3.67", count: 3 });

    const edited = await c.caller.review.update({ reviewId: rc.id, rating: 5, body: "Changed my mind" });
    expect(edited.editedAt).not.toBeNull();
    expect(await ratingOf(m.id)).toEqual({ average: "4.67", count: 3 });

    await market.admin.review.moderate({ reviewId: ra.id, hidden: true, reason: "Personal data in the text" });
    expect(await ratingOf(m.id)).toEqual({ average: "4.50", count: 2 });
    const anon = createCaller({ db: t.db, actor: null });
    expect((await anon.review.list({ medicineId: m.id })).items.map((r) => r.id)).not.toContain(ra.id);
    const detail = await anon.medicine.bySlug({ slug: m.slug });
    expect(detail.ratingSummary).toMatchObject({ average: 4.5, count: 2, distribution: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 } });
    await expectTRPCError(market.admin.review.moderate({ reviewId: ra.id, hidden: true, reason: "again" }), "CONFLICT");
    // The author still sees their hidden review, with the reason.
    expect((await a.caller.review.eligibility({ medicineId: m.id })).ownReview?.hidden?.reason).toBe("Personal data in the text");

    await market.admin.review.moderate({ reviewId: ra.id, hidden: false, reason: "Text edited by support" });
    expect(await ratingOf(m.id)).toEqual({ average: "4.67", count: 3 });
    const audits = await t.db.auditLog.findMany({ where: { entityType: "Review", entityId: ra.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((x) => [x.action, (x.after as { reason: string }).reason])).toEqual([
      ["review.hidden", "Personal data in the text"],
      ["review.restored", "Text edited by support"],
    ]);

    await c.caller.review.delete({ reviewId: rc.id });
    expect(await ratingOf(m.id)).toEqual({ average: "4.50", count: 2 });
    await a.caller.review.delete({ reviewId: ra.id });
    await expectTRPCError(b.caller.review.delete({ reviewId: ra.id }), "NOT_FOUND");
    const rb = (await anon.review.list({ medicineId: m.id })).items[0]!;
    await expectTRPCError(a.caller.review.update({ reviewId: rb.id, rating: 1, body: "" }), "NOT_FOUND");
    await b.caller.review.delete({ reviewId: rb.id });
    expect(await ratingOf(m.id)).toEqual({ average: "0.00", count: 0 });
  });

  it("30 customers reviewing at once leave no drift, and the catalogue card shows it", async () => {
    const m = await stockedMedicine();
    const customers = await createCustomers(t.db, 30);
    for (const c of customers) {
      const order = await t.db.order.create({
        data: {
          checkoutId: `c-${c.user.id}`, customerId: c.user.id, sellerId: market.shop.user.id, status: "DELIVERED",
          subtotalCents: 1000, totalCents: 1000, shippingName: "x", shippingLine1: "x", shippingCity: "x",
          shippingPostal: "x", shippingCountry: "US", phone: "x",
          items: { create: { medicineId: m.id, name: m.name, strength: m.strength, unitPriceCents: 1000, quantity: 1, lineTotalCents: 1000 } },
        },
      });
      expect(order.id).toBeTruthy();
    }
    const ratings = customers.map((_, i) => 1 + (i % 5));
    const outcomes = await Promise.all(
      customers.map((c, i) => settle(createCaller({ db: market.pool, actor: c.actor }).review.create({ medicineId: m.id, rating: ratings[i]!, body: "" }))),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const expected = (ratings.reduce((x, y) => x + y, 0) / ratings.length).toFixed(2);
    expect(await ratingOf(m.id)).toEqual({ average: expected, count: 30 });

    const card = (await createCaller({ db: t.db, actor: null }).medicine.list({ search: m.name, limit: 5 })).items.find((x) => x.id === m.id);
    expect(card?.rating).toEqual({ average: Number(expected), count: 30 });
  });
});

describe("replies, helpful marks and pages", () => {
  it("the medicine's seller replies once; other sellers and admins get NOT_FOUND", async () => {
    const m = await stockedMedicine();
    const ada = await reviewer(m.id);
    const review = await ada.caller.review.create({ medicineId: m.id, rating: 2, body: "Slow delivery" });
    const other = await createShop(t.db);
    await expectTRPCError(other.caller.review.reply({ reviewId: review.id, body: "Not mine" }), "NOT_FOUND");
    await expectTRPCError(market.admin.review.reply({ reviewId: review.id, body: "Admin" }), "NOT_FOUND");
    const seller = createCaller({ db: market.pool, actor: market.shop.actor });
    const outcomes = await Promise.all([1, 2, 3, 4].map((i) => settle(seller.review.reply({ reviewId: review.id, body: `Sorry ${i}` }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => errorCode(o.ok ? null : o.error))).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    const listed = (await createCaller({ db: t.db, actor: null }).review.list({ medicineId: m.id })).items[0]!;
    expect(listed.reply).toMatchObject({ body: expect.stringMatching(/^Sorry [1-4]$/), storeName: "Review Pharmacy" });
    const queue = await market.shop.caller.review.sellerQueue({ unanswered: true });
    expect(queue.items.map((r) => r.id)).not.toContain(review.id);
  });

  it("a customer marks a review helpful once (also when racing); never their own", async () => {
    const m = await stockedMedicine();
    const ada = await reviewer(m.id);
    const review = await ada.caller.review.create({ medicineId: m.id, rating: 5, body: "" });
    const bob = await createCustomer(t.db);
    const bobPool = createCaller({ db: market.pool, actor: bob.actor });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => settle(bobPool.review.markHelpful({ reviewId: review.id }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).every((o) => errorCode(o.ok ? null : o.error) === "CONFLICT")).toBe(true);
    await expectTRPCError(ada.caller.review.markHelpful({ reviewId: review.id }), "CONFLICT");
    const cara = await createCustomer(t.db);
    expect(await cara.caller.review.markHelpful({ reviewId: review.id })).toEqual({ helpfulCount: 2 });
    const seenByBob = (await bob.caller.review.list({ medicineId: m.id })).items[0]!;
    expect(seenByBob).toMatchObject({ helpfulCount: 2, votedHelpful: true, mine: false });
    await market.admin.review.moderate({ reviewId: review.id, hidden: true, reason: "spam" });
    const dan = await createCustomer(t.db);
    await expectTRPCError(dan.caller.review.markHelpful({ reviewId: review.id }), "NOT_FOUND");
  });

  it("keyset pages: newest first and most helpful first, no duplicates or gaps", async () => {
    const m = await stockedMedicine();
    const customers = await createCustomers(t.db, 23);
    const base = Date.UTC(2026, 0, 1);
    await t.db.review.createMany({
      data: customers.map((c, i) => ({
        medicineId: m.id, userId: c.user.id, rating: 4, body: `#${i}`,
        helpfulCount: i % 4, createdAt: new Date(base + Math.floor(i / 2) * 60_000), // ties on createdAt on purpose
      })),
    });
    const anon = createCaller({ db: t.db, actor: null });
    for (const sort of ["newest", "helpful"] as const) {
      const seen: { id: string; createdAt: Date; helpfulCount: number }[] = [];
      let cursor: string | undefined;
      do {
        const page = await anon.review.list({ medicineId: m.id, sort, limit: 5, cursor });
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen.map((r) => r.id)).size).toBe(23);
      const keys = seen.map((r) => (sort === "newest" ? r.createdAt.getTime() : r.helpfulCount));
      expect(keys).toEqual([...keys].sort((x, y) => y - x));
    }
    await expectTRPCError(anon.review.list({ medicineId: m.id, sort: "helpful", cursor: "bm9wZQ" }), "BAD_REQUEST");
  });
});
