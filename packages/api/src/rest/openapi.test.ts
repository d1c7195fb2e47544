import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { listProcedures } from "../security/list-procedures";
import { POLICY } from "../security/policy";
import { buildOpenApiDocument } from "./openapi";
import { proceduresOf } from "./route";
import { REST_ROUTES } from "./routes";

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (validated offline)", async () => {
    const doc = buildOpenApiDocument({ serverUrl: "http://localhost:3000" });
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route of the table and the sign-up/sign-in endpoints with their aliases", () => {
    const doc = buildOpenApiDocument();
    for (const route of REST_ROUTES) {
      const op = doc.paths?.[route.path]?.[route.method.toLowerCase() as "get"];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op?.description).toContain(proceduresOf(route)[0]);
    }
    for (const path of ["/api/auth/sign-up/email", "/api/auth/register", "/api/auth/sign-in/email", "/api/auth/login"]) {
      expect(doc.paths?.[path]?.post).toBeDefined();
    }
    const ids = Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item ?? {}).map((op) => (op as { operationId?: string }).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes money as integer cents plus a decimal string, and the error body", () => {
    const doc = buildOpenApiDocument();
    const card = doc.components?.schemas?.MedicineCard as { properties: Record<string, { type: unknown }> };
    expect(card.properties.priceCents?.type).toBe("integer");
    expect(card.properties.price?.type).toBe("string");
    expect(doc.components?.schemas?.Error).toBeDefined();
  });
});

describe("route table", () => {
  const procedures = new Map(listProcedures(appRouter).map((p) => [p.path, p]));

  it.each(REST_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s maps to existing procedures with a policy entry, queries for GET and mutations otherwise",
    (_name, route) => {
      for (const path of proceduresOf(route)) {
        const procedure = procedures.get(path);
        expect(procedure, path).toBeDefined();
        expect(procedure?.type).toBe(route.method === "GET" ? "query" : "mutation");
        expect(POLICY.find((e) => e.path === path), `policy entry for ${path}`).toBeDefined();
        // Documentation of who may call it agrees with the procedure's builder.
        expect(route.signedIn).toBe(procedure?.access !== "public");
      }
    },
  );

  it("has no two routes with the same method and path", () => {
    const keys = REST_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
