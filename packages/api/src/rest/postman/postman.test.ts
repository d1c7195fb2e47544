import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUTH_DOC_ROUTES } from "../auth-routes";
import { matchRoute } from "../match-route";
import { REST_ROUTES } from "../routes";
import { renderPostmanCollection } from "./build-collection";

const committed = readFileSync(new URL("../../../../../docs/api/healio.postman_collection.json", import.meta.url), "utf8");

type Item = { name: string; item?: Item[]; request?: { method: string; url: { path: string[] } } };

describe("Postman collection (docs/api/healio.postman_collection.json)", () => {
  it("is up to date with the OpenAPI document (regenerate: pnpm api:postman)", async () => {
    expect(await renderPostmanCollection()).toBe(committed);
  });

  it("is a v2.1 collection whose first folder walks category -> medicine -> order -> shipped -> stats over real routes", () => {
    const collection = JSON.parse(committed) as { info: { schema: string }; item: Item[] };
    expect(collection.info.schema).toBe("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    const walkthrough = collection.item[0];
    expect(walkthrough?.name).toMatch(/^Walkthrough/);
    const steps = walkthrough?.item ?? [];
    expect(steps.map((s) => s.name)).toEqual([
      "Sign in as the admin",
      "Sign in as the seller",
      "Sign in as the customer",
      "Admin creates a category",
      "Seller creates a medicine",
      "Customer orders",
      "Seller marks the order PROCESSING",
      "Seller marks the order SHIPPED",
      "Admin reads stats",
    ]);
    for (const step of steps) {
      const request = step.request;
      if (!request) throw new Error(`${step.name} has no request`);
      const path = `/${request.url.path.join("/")}`.replace(/\{\{\w+\}\}/g, "x");
      const known =
        AUTH_DOC_ROUTES.some((r) => r.path === path) || matchRoute(REST_ROUTES, request.method, path).kind === "found";
      expect(known, `${request.method} ${path}`).toBe(true);
    }
    // Every route of the table is in the generated part too.
    const names = JSON.stringify(collection.item.slice(1));
    for (const route of REST_ROUTES) expect(names).toContain(route.summary);
  });
});
