import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who is calling, for routes whose original API answered differently per role (GET /api/orders). */
export type CallerKind = "anonymous" | "CUSTOMER" | "SELLER" | "ADMIN";

/**
 * A procedure picked by a boolean field of the (parsed) body, for routes where the original API
 * overloaded one path: PATCH /api/admin/users/{id} with `isBlocked: true` blocks, `false` unblocks.
 */
export type ProcedureByBody = { field: string; whenTrue: string; whenFalse: string };

/** What the adapter hands a route's `input` mapper: path parameters, query string, parsed JSON body. */
export type RestRequestParts = {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The body after the route's `body` schema (REST-specific, strict) parsed it; undefined without one. */
  body: unknown;
  headers: Headers;
};

/**
 * One REST route: a thin mapping onto a tRPC procedure, called through `createCaller` so guards,
 * rate limits, validation and error mapping are the procedure's own. Nothing here decides who may
 * do what; the procedure (and its service) does.
 */
export type RestRoute = {
  method: HttpMethod;
  /** OpenAPI path template, e.g. "/api/orders/{id}". */
  path: string;
  /** The tRPC procedure this route calls; per caller kind when the original API did that. */
  procedure: string | Record<CallerKind, string> | ProcedureByBody;
  summary: string;
  description?: string;
  tag: string;
  /** Whether the procedure needs a signed-in caller (documents the security requirement). */
  signedIn: boolean;
  /** Path parameters (documentation; values are strings, validated by the procedure's schema). */
  params?: z.ZodObject;
  /** Query parameters (documentation; conversion happens in `input`, explicitly and strictly). */
  query?: z.ZodObject;
  /**
   * The JSON body. Parsed by the adapter before `input` runs; a failure is a 400 with fields. Use
   * the procedure's own schema only when the body IS the procedure's input (it is not mutated);
   * REST-shaped bodies get their own strict schemas in rest/schemas.
   */
  body?: z.ZodType;
  /** Builds the procedure's input. May throw AppError("BAD_REQUEST", ..., { field }) for bad query values. */
  input: (parts: RestRequestParts) => unknown;
  /** Documentation of a successful answer (money fields get their decimal twins, see money.ts). */
  response: z.ZodType;
  successStatus?: 200 | 201;
  /** Set on alias routes ("/api/auth/me" for "/api/users/me"): the doc marks them as such. */
  aliasOf?: string;
};

export function isProcedureByBody(procedure: RestRoute["procedure"]): procedure is ProcedureByBody {
  return typeof procedure === "object" && "field" in procedure;
}

/** Every tRPC procedure a route may call. */
export function proceduresOf(route: RestRoute): string[] {
  const p = route.procedure;
  if (typeof p === "string") return [p];
  if (isProcedureByBody(p)) return [p.whenTrue, p.whenFalse];
  return [...new Set(Object.values(p))];
}

/** The procedure a route calls for this caller and (parsed) body. */
export function procedureFor(route: RestRoute, role: CallerKind, body: unknown): string {
  const p = route.procedure;
  if (typeof p === "string") return p;
  if (isProcedureByBody(p)) return (body as Record<string, unknown> | undefined)?.[p.field] === true ? p.whenTrue : p.whenFalse;
  return p[role];
}
