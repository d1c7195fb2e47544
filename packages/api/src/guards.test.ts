import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { listProcedures } from "./security/list-procedures";
import { appRouter, createCaller } from "./root";
import { actorOf, createCategory, createMedicine, createOrder, createSeller, createUser } from "./testing/factories";
import { expectTRPCError } from "./testing/expect";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("procedure guards", () => {
  it("every procedure declares its access", () => {
    const procedures = listProcedures(appRouter);
    expect(procedures.filter((p) => p.access === undefined)).toEqual([]);
    expect(procedures).toEqual(
      expect.arrayContaining([
        { path: "admin.overview", type: "query", access: "admin" },
        { path: "category.tree", type: "query", access: "public" },
        { path: "health.check", type: "query", access: "public" },
        { path: "me.get", type: "query", access: "authed" },
        { path: "medicine.bySlug", type: "query", access: "public" },
        { path: "medicine.list", type: "query", access: "public" },
        { path: "seller.dashboard", type: "query", access: "seller" },
      ]),
    );
  });

  it("anonymous callers are UNAUTHORIZED on authed, seller and admin procedures", async () => {
    const anonymous = createCaller({ db: t.db, actor: null });
    await expectTRPCError(anonymous.me.get(), "UNAUTHORIZED");
    await expectTRPCError(anonymous.seller.dashboard(), "UNAUTHORIZED");
    await expectTRPCError(anonymous.admin.overview(), "UNAUTHORIZED");
    await expect(anonymous.health.check()).resolves.toMatchObject({ status: "ok", db: "ok" });
  });

  it("a CUSTOMER gets their profile but is FORBIDDEN on seller and admin procedures", async () => {
    const customer = await createUser(t.db, { role: "CUSTOMER" });
    const caller = createCaller({ db: t.db, actor: actorOf(customer) });

    const me = await caller.me.get();
    expect(me).toEqual({
      id: customer.id,
      name: customer.name,
      email: customer.email,
      role: "CUSTOMER",
      emailVerified: true,
      phone: null,
      image: null,
      createdAt: customer.createdAt,
      sellerProfile: null,
    });

    await expectTRPCError(caller.seller.dashboard(), "FORBIDDEN");
    await expectTRPCError(caller.admin.overview(), "FORBIDDEN");
  });

  it("a SELLER sees their own dashboard and is FORBIDDEN on admin procedures", async () => {
    const seller = await createSeller(t.db, { status: "APPROVED" });
    const other = await createSeller(t.db);
    const customer = await createUser(t.db);
    const category = await createCategory(t.db);
    const mine = { sellerId: seller.user.id, categoryId: category.id };
    await createMedicine(t.db, { ...mine, stock: 100, lowStockThreshold: 10 });
    await createMedicine(t.db, { ...mine, stock: 10, lowStockThreshold: 10 }); // low: stock == threshold
    await createMedicine(t.db, { ...mine, stock: 0 }); // low
    await createMedicine(t.db, { ...mine, stock: 0, status: "ARCHIVED" }); // not counted at all
    await createMedicine(t.db, { sellerId: other.user.id, categoryId: category.id, stock: 0 }); // someone else's
    await createOrder(t.db, { customerId: customer.id, sellerId: seller.user.id, status: "PLACED" });
    await createOrder(t.db, { customerId: customer.id, sellerId: seller.user.id, status: "PLACED" });
    await createOrder(t.db, { customerId: customer.id, sellerId: seller.user.id, status: "DELIVERED" });
    await createOrder(t.db, { customerId: customer.id, sellerId: other.user.id, status: "SHIPPED" });

    const caller = createCaller({ db: t.db, actor: seller.actor });
    expect(await caller.seller.dashboard()).toEqual({
      sellerStatus: "APPROVED",
      activeMedicines: 3,
      lowStockMedicines: 2,
      ordersByStatus: { AWAITING_PRESCRIPTION: 0, PLACED: 2, PROCESSING: 0, SHIPPED: 0, DELIVERED: 1, CANCELLED: 0 },
    });
    const me = await caller.me.get();
    expect(me.sellerProfile).toEqual({ id: seller.profile.id, storeName: seller.profile.storeName, status: "APPROVED" });

    await expectTRPCError(caller.admin.overview(), "FORBIDDEN");
  });

  it("an ADMIN may call both seller and admin procedures", async () => {
    const admin = await createUser(t.db, { role: "ADMIN" });
    await createSeller(t.db, { status: "PENDING" });
    const caller = createCaller({ db: t.db, actor: actorOf(admin) });

    expect(await caller.seller.dashboard()).toMatchObject({ sellerStatus: null, activeMedicines: 0 });

    const overview = await caller.admin.overview();
    const [users, pending, medicines, orders] = await Promise.all([
      t.db.user.count(),
      t.db.sellerProfile.count({ where: { status: "PENDING" } }),
      t.db.medicine.count({ where: { status: "ACTIVE" } }),
      t.db.order.count(),
    ]);
    expect(overview.usersByRole.ADMIN).toBeGreaterThanOrEqual(1);
    expect(overview.usersByRole.ADMIN + overview.usersByRole.SELLER + overview.usersByRole.CUSTOMER).toBe(users);
    expect(overview.sellersPendingApproval).toBe(pending);
    expect(pending).toBeGreaterThanOrEqual(1);
    expect(overview.medicinesByStatus.ACTIVE).toBe(medicines);
    expect(Object.values(overview.ordersByStatus).reduce((a, b) => a + b, 0)).toBe(orders);
  });
});
