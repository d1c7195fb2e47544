import type { z } from "zod";
import { createDocument } from "zod-openapi";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { AUTH_DOC_ROUTES, authErrorResponse, signedInResponse } from "./auth-routes";
import type { RestRoute } from "./route";
import { proceduresOf } from "./route";
import { REST_ROUTES } from "./routes";
import { errorResponse } from "./schemas/responses";

const json = (schema: z.ZodType) => ({
  content: { "application/json": { schema } },
});

const ERROR_STATUSES: Record<string, string> = {
  "400": "Invalid input (see `fields`)",
  "401": "Not signed in",
  "403": "Signed in but not allowed (role), or a cross-site request with cookies",
  "404": "Not found, or not yours",
  "409": "Conflict with the current state (stock, status, unique value, changed price)",
  "413": "Body too large",
  "415": "Body is not application/json",
  "429": "Too many requests; see Retry-After",
};

function errorResponses(route: RestRoute) {
  const statuses = ["400", "404", "429"];
  if (route.signedIn) statuses.push("401", "403");
  if (route.method !== "GET") statuses.push("409", "413", "415");
  return Object.fromEntries(
    statuses.sort().map((s) => [s, { description: ERROR_STATUSES[s] ?? "Error", ...json(errorResponse) }]),
  );
}

/** "/api/orders/{id}/status" -> "OrdersByIdStatus". */
function camelWords(path: string): string {
  return path
    .split("/")
    .filter((s) => s && s !== "api")
    .map((s) => (s.startsWith("{") ? `by-${s.slice(1, -1)}` : s))
    .flatMap((s) => s.split("-"))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

function operationId(route: RestRoute): string {
  return `${route.method.toLowerCase()}${camelWords(route.path)}`;
}

function operation(route: RestRoute): ZodOpenApiOperationObject {
  const procedures = proceduresOf(route).join(", ");
  const notes = [
    route.description,
    route.aliasOf ? `Alias of \`${route.method} ${route.aliasOf}\` (the original API's name).` : undefined,
    `Calls the tRPC procedure${proceduresOf(route).length > 1 ? "s" : ""} \`${procedures}\`.`,
  ].filter(Boolean);
  return {
    operationId: operationId(route),
    summary: route.summary,
    description: notes.join("\n\n"),
    tags: [route.tag],
    ...(route.aliasOf ? { deprecated: true } : {}),
    ...(route.signedIn ? { security: [{ bearerAuth: [] }, { cookieAuth: [] }] } : { security: [] }),
    ...(route.params || route.query
      ? { requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) } }
      : {}),
    ...(route.body ? { requestBody: { required: true, ...json(route.body) } } : {}),
    responses: {
      [String(route.successStatus ?? 200)]: { description: "Success", ...json(route.response) },
      ...errorResponses(route),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof createDocument>;

/** The OpenAPI 3.1 document of the REST surface, generated from the route table's zod schemas. */
export function buildOpenApiDocument(opts: { serverUrl?: string } = {}): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of REST_ROUTES) {
    (paths[route.path] ??= {})[route.method.toLowerCase() as "get"] = operation(route);
  }
  for (const auth of AUTH_DOC_ROUTES) {
    paths[auth.path] = {
      post: {
        operationId: `post${camelWords(auth.path)}`,
        summary: auth.summary,
        description: [
          "Better-Auth endpoint. The answer's `token` (also in the `set-auth-token` header) works as `Authorization: Bearer <token>`; browsers get a session cookie.",
          auth.aliasOf ? `Alias of \`POST ${auth.aliasOf}\` (the original API's name).` : undefined,
        ]
          .filter(Boolean)
          .join("\n\n"),
        tags: ["Account"],
        security: [],
        ...(auth.aliasOf ? { deprecated: true } : {}),
        requestBody: { required: true, ...json(auth.body) },
        responses: {
          "200": { description: "Signed in", ...json(signedInResponse) },
          "400": { description: "Invalid input", ...json(authErrorResponse) },
          "401": { description: "Wrong e-mail or password", ...json(authErrorResponse) },
          "422": { description: "E-mail already registered, or password refused", ...json(authErrorResponse) },
          "429": { description: "Too many attempts; see Retry-After" },
        },
      },
    };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Healio API",
      version: "1.0.0",
      description:
        "REST surface of the Healio pharmacy marketplace. Every route calls the same tRPC procedure the apps use " +
        "(guards, validation, rate limits are shared). Money: integer `…Cents` fields plus a decimal string twin " +
        "(`priceCents: 1250`, `price: \"12.50\"`). Errors: `{ \"error\": { \"code\", \"message\", \"fields\"? } }`.",
    },
    servers: [{ url: opts.serverUrl ?? "http://localhost:3000" }],
    tags: ["Account", "Categories", "Medicines", "Orders", "Reviews", "Lots", "Recalls", "Admin", "Health"].map((name) => ({ name })),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Token from sign-in (`token` / `set-auth-token`)" },
        cookieAuth: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
    paths,
  });
}
