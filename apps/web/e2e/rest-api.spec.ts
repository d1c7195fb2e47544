import { expect, test } from "@playwright/test";

// The REST surface over real HTTP against the production build (see scripts/test.mjs).

test.describe("REST API and its reference", () => {
  test("/api/docs renders every operation of /api/openapi.json from the app's own files (no CDN)", async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "http://localhost:3000").origin;
    const foreign: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(req.url());
    });
    const doc = (await (await page.request.get("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toBe("3.1.0");
    const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);

    await page.goto("/api/docs");
    await expect(page.getByRole("heading", { name: /Healio API/ })).toBeVisible();
    await expect(page.locator(".opblock")).toHaveCount(operations);
    await page.locator(".opblock-summary", { hasText: "/api/medicines/{id}" }).first().click();
    await expect(page.getByText("Calls the tRPC procedure").first()).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test("the original API: login alias, bearer token, medicines in cents and decimals, refusals", async ({ baseURL }) => {
    // Plain fetch, no cookie jar: a non-browser client that authenticates only with the bearer token.
    const base = new URL(baseURL ?? "http://localhost:3000").origin;
    const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
    const json = (body: unknown, token?: string): RequestInit => ({
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

    expect(await (await call("/health")).json()).toMatchObject({ status: "ok" });
    const list = (await (await call("/api/medicines?limit=3&page=1")).json()) as {
      items: { id: string; priceCents: number; price: string }[];
    };
    expect(list.items.length).toBeGreaterThan(0);
    for (const m of list.items) expect(m.price).toBe((m.priceCents / 100).toFixed(2));
    expect((await call("/api/medicines?page=2")).status).toBe(400);

    // Node's fetch sends Sec-Fetch-Mode like a browser: Better-Auth then wants the site's Origin.
    const login = await call("/api/auth/login", {
      ...json({ email: "customer4@healio.test", password: process.env.DEMO_PASSWORD ?? "" }),
      headers: { "content-type": "application/json", origin: base },
    });
    expect(login.status).toBe(200);
    const token = login.headers.get("set-auth-token") ?? "";
    expect(token).not.toBe("");

    const me = await call("/api/auth/me", { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ email: "customer4@healio.test", role: "CUSTOMER" });
    expect((await call("/api/users/me")).status).toBe(401);
    const forbidden = await call("/api/categories", json({ name: "Not an admin" }, token));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    const cheat = await call("/api/orders", json({ items: [{ medicineId: list.items[0]?.id, quantity: 1 }], totalPrice: 0.01 }, token));
    expect(cheat.status).toBe(400);
    expect(((await cheat.json()) as { error: { fields?: Record<string, string[]> } }).error.fields).toBeDefined();
  });
});
