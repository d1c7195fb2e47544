import { describe, expect, it } from "vitest";
import { createMailer } from "@healio/mail";
import { deliverPendingMail } from "../outbox/deliver-pending-mail";
import { createCaller } from "../root";
import { listingInput } from "../testing/catalog";
import { createCustomer, createShop, errorCode, placeInput, refusal, settle } from "../testing/commerce";
import { actorOf, createCategory, createUser, unique } from "../testing/factories";
import { useTestDatabase, useSmtpServer } from "../testing/setup";

const t = useTestDatabase();
const smtp = useSmtpServer();

const DAY = 24 * 3600 * 1000;
const application = () => ({
  storeName: "Lindqvist Apotek",
  licenceNumber: unique("PHL").replace(/[^A-Za-z0-9-]/g, "").slice(-24),
  licenceExpiresAt: new Date(Date.now() + 400 * DAY),
  businessAddress: "4 Harbour Road, Springfield",
  phone: "+1 555 0199",
  supervisingPharmacist: "Hannah Lindqvist, PharmD",
});

async function admin() {
  const user = await createUser(t.db, { role: "ADMIN" });
  return createCaller({ db: t.db, actor: actorOf(user) });
}

/** Every storefront path a customer can reach a medicine by. */
async function visibility(medicine: { id: string; slug: string; name: string; categorySlug: string }) {
  const anon = createCaller({ db: t.db, actor: null });
  const list = await anon.medicine.list({ categorySlug: medicine.categorySlug, limit: 50 });
  const search = await anon.medicine.list({ search: medicine.name, limit: 50 });
  const page = await settle(anon.medicine.bySlug({ slug: medicine.slug }));
  return {
    list: list.items.some((m) => m.id === medicine.id),
    search: search.items.some((m) => m.id === medicine.id),
    page: page.ok,
  };
}

describe("seller onboarding", () => {
  it("application -> approval mail over SMTP -> SELLER role -> can list a medicine", async () => {
    const applicant = await createCustomer(t.db);
    const applied = await applicant.caller.sellers.submitApplication(application());
    expect(applied).toMatchObject({ status: "PENDING", standing: "PENDING", storeName: "Lindqvist Apotek" });
    expect(await applicant.caller.sellers.myApplication()).toMatchObject({ status: "PENDING" });
    // Applying twice while pending is refused.
    expect(errorCode((await refusal(applicant.caller.sellers.submitApplication(application()))))).toBe("CONFLICT");

    const a = await admin();
    const pending = await a.sellers.list({ standing: "PENDING" });
    expect(pending.items.map((r) => r.profileId)).toContain(applied.id);
    await a.sellers.approve({ profileId: applied.id });

    const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.user.id } });
    expect(user.role).toBe("SELLER");
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Healio <hello@healio.test>" });
    await deliverPendingMail(t.db, mailer, { batchSize: 50 });
    const mail = await smtp.waitForMail((m) => m.to.includes(applicant.user.email.toLowerCase()));
    expect(mail.subject).toBe("Lindqvist Apotek is approved to sell on Healio");
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/sign-in/);

    const seller = createCaller({ db: t.db, actor: actorOf(user) });
    const category = await createCategory(t.db);
    const listing = await seller.listing.create(listingInput(category.id, { name: "Onboardol" }));
    expect(listing.status).toBe("ACTIVE");
    const audit = await t.db.auditLog.findMany({ where: { entityId: applied.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((r) => r.action)).toEqual(["seller_application.submitted", "seller.approved"]);
  });

  it("rejection mails the reason; the applicant may apply again; licence numbers are unique", async () => {
    const applicant = await createCustomer(t.db);
    const details = application();
    const first = await applicant.caller.sellers.submitApplication(details);
    const a = await admin();
    // A reason is required.
    expect(errorCode((await refusal(a.sellers.reject({ profileId: first.id, reason: " " }))))).toBe("BAD_REQUEST");
    await a.sellers.reject({ profileId: first.id, reason: "Licence number not found in the register" });
    expect(await applicant.caller.sellers.myApplication()).toMatchObject({
      status: "REJECTED",
      decisionReason: "Licence number not found in the register",
    });
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Healio <hello@healio.test>" });
    await deliverPendingMail(t.db, mailer, { batchSize: 50 });
    const mail = await smtp.waitForMail((m) => m.to.includes(applicant.user.email.toLowerCase()));
    expect(mail.text).toContain("Reason: Licence number not found in the register");

    const again = await applicant.caller.sellers.submitApplication({ ...details, storeName: "Lindqvist Apotek AB" });
    expect(again).toMatchObject({ id: first.id, status: "PENDING", storeName: "Lindqvist Apotek AB", decisionReason: null });

    const other = await createCustomer(t.db);
    const taken = await refusal(other.caller.sellers.submitApplication({ ...application(), licenceNumber: details.licenceNumber }));
    expect(errorCode(taken)).toBe("CONFLICT");
    expect((taken as Error).message).toContain("already registered");
  });

  it("refuses an expired licence and a seller or admin applying", async () => {
    const applicant = await createCustomer(t.db);
    const expired = await refusal(applicant.caller.sellers.submitApplication({ ...application(), licenceExpiresAt: new Date(Date.now() - DAY) }));
    expect(errorCode(expired)).toBe("BAD_REQUEST");
    const shop = await createShop(t.db);
    expect(errorCode((await refusal(shop.caller.sellers.submitApplication(application()))))).toBe("FORBIDDEN");
  });
});

describe("one sellable predicate: suspension, block and licence expiry", () => {
  async function setup() {
    const shop = await createShop(t.db);
    const name = unique("Suspendium").replace(/[^A-Za-z]/g, "");
    const medicine = await shop.medicine({ name, stock: 20 });
    const customer = await createCustomer(t.db);
    await customer.caller.cart.add({ medicineId: medicine.id, quantity: 1 });
    return { shop, medicine: { ...medicine, categorySlug: shop.category.slug }, customer };
  }

  async function expectHidden(ctx: Awaited<ReturnType<typeof setup>>) {
    expect(await visibility(ctx.medicine)).toEqual({ list: false, search: false, page: false });
    // A line added while the listing was sellable (a checkout empties the cart of what it bought).
    await t.db.cartItem.upsert({
      where: { userId_medicineId: { userId: ctx.customer.user.id, medicineId: ctx.medicine.id } },
      create: { userId: ctx.customer.user.id, medicineId: ctx.medicine.id, quantity: 1 },
      update: {},
    });
    const cart = await ctx.customer.caller.cart.get();
    expect(cart.lines[0]?.problem).toEqual({ kind: "inactive" });
    expect(errorCode((await refusal(ctx.customer.caller.cart.add({ medicineId: ctx.medicine.id, quantity: 1 }))))).toBe("NOT_FOUND");
    const before = await t.db.medicine.findUniqueOrThrow({ where: { id: ctx.medicine.id } });
    const order = await refusal(ctx.customer.caller.order.place(placeInput({ lines: [{ medicineId: ctx.medicine.id, quantity: 1 }] })));
    expect(errorCode(order)).toBe("CONFLICT");
    expect((order as Error).message).toContain("no longer available");
    const after = await t.db.medicine.findUniqueOrThrow({ where: { id: ctx.medicine.id } });
    expect(after.stock).toBe(before.stock);
  }

  async function expectVisible(ctx: Awaited<ReturnType<typeof setup>>) {
    expect(await visibility(ctx.medicine)).toEqual({ list: true, search: true, page: true });
    expect((await ctx.customer.caller.cart.get()).lines[0]?.problem).toBeNull();
    const order = await ctx.customer.caller.order.place(placeInput({ lines: [{ medicineId: ctx.medicine.id, quantity: 1 }] }));
    expect(order.orders).toHaveLength(1);
  }

  it("a suspended seller's listing disappears from list, search, page, cart and checkout, and comes back on reinstatement", async () => {
    const ctx = await setup();
    await expectVisible(ctx);
    const a = await admin();
    await a.sellers.suspend({ profileId: ctx.shop.profile.id, reason: "Inspection found expired stock" });
    await expectHidden(ctx);
    // Their existing orders stay visible to them and to admins.
    const queue = await ctx.shop.caller.order.sellerQueue({});
    expect(queue.items.length).toBe(1);
    expect((await a.order.adminList({})).items.some((o) => o.seller.id === ctx.shop.user.id)).toBe(true);
    // A suspended seller cannot put listings back on sale.
    expect(errorCode((await refusal(ctx.shop.caller.listing.create(listingInput(ctx.shop.category.id)))))).toBe("FORBIDDEN");

    await a.sellers.reinstate({ profileId: ctx.shop.profile.id });
    await expectVisible(ctx);
  });

  it("a blocked seller stops selling at once", async () => {
    const ctx = await setup();
    const a = await admin();
    await a.people.block({ userId: ctx.shop.user.id, reason: "Counterfeit stock reported" });
    await expectHidden(ctx);
    await a.people.unblock({ userId: ctx.shop.user.id, reason: "Investigation closed" });
    await expectVisible(ctx);
  });

  it("a lapsed licence counts as suspended from that instant, without a job", async () => {
    const ctx = await setup();
    await t.db.sellerProfile.update({ where: { id: ctx.shop.profile.id }, data: { licenceExpiresAt: new Date(Date.now() - 1) } });
    await expectHidden(ctx);
    const a = await admin();
    expect((await a.sellers.list({ standing: "LICENCE_EXPIRED" })).items.map((r) => r.profileId)).toContain(ctx.shop.profile.id);
    await a.sellers.renewLicence({ profileId: ctx.shop.profile.id, licenceExpiresAt: new Date(Date.now() + 300 * DAY) });
    await expectVisible(ctx);
  });
});
