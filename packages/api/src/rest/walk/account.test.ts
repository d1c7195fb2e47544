import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import type { World } from "../../security/harness/world";
import { createCategory, createUser } from "../../testing/factories";
import { restWalk } from "./harness";

/** REST walk: health, the caller's account, admin people and stats, categories (see harness.ts). */
const walk = restWalk("account");
const { ok, refused } = walk;
let db: Db;
let w: World;
beforeAll(() => {
  ({ db, w } = walk);
});

describe("health, account, admin", () => {
  it("GET /health answers without a session", async () => {
    expect(await ok("GET", "/health", {})).toMatchObject({ status: "ok", db: "ok" });
  });

  it("GET /api/users/me and its alias /api/auth/me: the caller; anonymous 401", async () => {
    const me = await ok("GET", "/api/users/me", { as: "customerA" });
    expect(me).toMatchObject({ id: w.people.customerA.id, role: "CUSTOMER" });
    expect(await ok("GET", "/api/auth/me", { as: "sellerB" })).toMatchObject({ id: w.people.sellerB.id });
    await refused("GET", "/api/users/me", {}, 401, "UNAUTHORIZED");
    await refused("GET", "/api/users/me", { as: "forged-token" }, 401);
  });

  it("PATCH /api/users/me: the caller's own name, phone, image; identity fields refused", async () => {
    const me = await ok("PATCH", "/api/users/me", { as: "customerB", body: { name: "Bea Renamed", phone: "+1 555 0142", image: "https://img.example/b.png" } });
    expect(me).toMatchObject({ id: w.people.customerB.id, name: "Bea Renamed", phone: "+1 555 0142", image: "https://img.example/b.png" });
    expect(await ok("PATCH", "/api/users/me", { as: "customerB", body: { image: null } })).toMatchObject({ name: "Bea Renamed", image: null });
    await refused("PATCH", "/api/users/me", { as: "customerB", body: { role: "ADMIN" } }, 400);
    await refused("PATCH", "/api/users/me", { as: "customerB", body: { email: "taken@example.test" } }, 400);
    expect((await refused("PATCH", "/api/users/me", { as: "customerB", body: { phone: "nope" } }, 400)).fields?.phone).toBeDefined();
    await refused("PATCH", "/api/users/me", { body: { name: "Anon Person" } }, 401);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.people.customerB.id } })).toMatchObject({ role: "CUSTOMER", name: "Bea Renamed" });
  });

  it("GET /api/admin/users and PATCH /api/admin/users/{id}: admins list, block and unblock with a reason", async () => {
    const page = await ok("GET", "/api/admin/users?role=customer&limit=100", { as: "admin" });
    expect(page.items.map((p: { id: string }) => p.id)).toContain(w.people.customerA.id);
    expect(page.items.every((p: { role: string }) => p.role === "CUSTOMER")).toBe(true);
    const found = await ok("GET", `/api/admin/users?search=${encodeURIComponent(w.people.sellerA.email)}`, { as: "admin" });
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([w.people.sellerA.id]);
    expect((await refused("GET", "/api/admin/users?limit=0", { as: "admin" }, 400)).fields?.limit).toBeDefined();
    expect((await refused("GET", "/api/admin/users?state=gone", { as: "admin" }, 400)).fields?.state).toBeDefined();
    await refused("GET", "/api/admin/users", { as: "sellerA" }, 403);
    await refused("GET", "/api/admin/users", {}, 401);

    const target = await createUser(db);
    const path = `/api/admin/users/${target.id}`;
    await refused("PATCH", path, { as: "sellerA", body: { isBlocked: true, reason: "spam listings" } }, 403);
    expect((await refused("PATCH", path, { as: "admin", body: { isBlocked: true } }, 400)).fields?.reason).toBeDefined();
    await refused("PATCH", path, { as: "admin", body: { isBlocked: "yes", reason: "spam listings" } }, 400);
    await refused("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "spam listings", role: "ADMIN" } }, 400);
    expect(await ok("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "spam listings" } })).toMatchObject({ userId: target.id, blocked: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ banned: true, banReason: "spam listings" });
    await refused("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "again" } }, 409, "CONFLICT");
    expect(await ok("PATCH", path, { as: "admin", body: { isBlocked: false, reason: "appeal accepted" } })).toMatchObject({ blocked: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).banned).toBe(false);
    await refused("PATCH", `/api/admin/users/${w.people.admin.id}`, { as: "admin", body: { isBlocked: true, reason: "self block" } }, 409);
    await refused("PATCH", "/api/admin/users/nobody-here", { as: "admin", body: { isBlocked: true, reason: "who is this" } }, 404);
  });

  it("GET /api/admin/stats: admin only", async () => {
    const stats = await ok("GET", "/api/admin/stats", { as: "admin" });
    expect(stats.usersByRole.CUSTOMER).toBeGreaterThanOrEqual(2);
    await refused("GET", "/api/admin/stats", { as: "sellerA" }, 403, "FORBIDDEN");
    await refused("GET", "/api/admin/stats", {}, 401);
  });
});

describe("categories", () => {
  it("GET is a tree; POST and DELETE are admin-only with field errors for bad bodies", async () => {
    const tree = await ok("GET", "/api/categories", {});
    expect(tree.some((n: { id: string }) => n.id === w.category.id)).toBe(true);

    const created = await ok("POST", "/api/categories", { as: "admin", body: { name: "REST Vitamins", parentId: w.category.id } }, 201);
    expect(created).toMatchObject({ name: "REST Vitamins", parentId: w.category.id });
    await refused("POST", "/api/categories", { as: "customerA", body: { name: "Nope" } }, 403);
    await refused("POST", "/api/categories", { as: "sellerA", body: { name: "Nope" } }, 403);
    await refused("POST", "/api/categories", { body: { name: "Nope" } }, 401);
    const bad = await refused("POST", "/api/categories", { as: "admin", body: { name: "x" } }, 400, "BAD_REQUEST");
    expect(bad.fields?.name).toBeDefined();
    await refused("POST", "/api/categories", { as: "admin", body: { name: "Extra", role: "ADMIN" } }, 400);

    await refused("DELETE", `/api/categories/${created.id}`, { as: "sellerA" }, 403);
    expect(await ok("DELETE", `/api/categories/${created.id}`, { as: "admin" })).toMatchObject({ id: created.id });
    await refused("DELETE", `/api/categories/${created.id}`, { as: "admin" }, 404);
    // In use: refused unless reassigned.
    const inUse = await refused("DELETE", `/api/categories/${w.subcategory.id}`, { as: "admin" }, 409);
    expect(inUse.code).toBe("CONFLICT");
    const spare = await createCategory(db);
    const moved = await ok("DELETE", `/api/categories/${w.subcategory.id}?reassignTo=${spare.id}`, { as: "admin" });
    expect(moved.reassignedTo).toBe(spare.id);
  });
});
