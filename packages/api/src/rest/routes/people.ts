import { z } from "zod";
import { Role } from "@healio/db";
import { PERSON_STATES } from "../../people/people.schema";
import { queryCursor, queryEnum, queryInt, queryString } from "../query";
import type { RestRoute } from "../route";
import { restAdminUserBody, restMeUpdateBody } from "../schemas/bodies";
import { adminStatsResponse, blockResultResponse, healthResponse, meResponse, peoplePageResponse } from "../schemas/responses";

const me = (path: string, aliasOf?: string): RestRoute => ({
  method: "GET",
  path,
  procedure: "me.get",
  tag: "Account",
  summary: "The signed-in user",
  signedIn: true,
  input: () => undefined,
  response: meResponse,
  ...(aliasOf ? { aliasOf } : {}),
});

const peopleQuery = z.object({
  search: z.string().optional().meta({ description: "Part of a name or e-mail address (alias: query)" }),
  role: z.enum(Role).optional(),
  state: z.enum(PERSON_STATES).optional(),
  page: z.string().regex(/^\d+$/).optional().meta({ description: "1 only; further pages follow nextCursor" }),
  cursor: z.string().optional(),
  limit: z.string().regex(/^\d+$/).optional().meta({ description: "1..100, default 25" }),
});

type AdminUserBody = z.output<typeof restAdminUserBody>;

export const peopleRoutes: RestRoute[] = [
  me("/api/users/me"),
  me("/api/auth/me", "/api/users/me"),
  {
    method: "PATCH",
    path: "/api/users/me",
    procedure: "me.update",
    tag: "Account",
    summary: "Change your own name, phone or image",
    signedIn: true,
    body: restMeUpdateBody,
    input: ({ body }) => body,
    response: meResponse,
  },
  {
    method: "GET",
    path: "/api/admin/users",
    procedure: "people.list",
    tag: "Admin",
    summary: "People: customers, sellers and admins (admin)",
    description: "Newest first. Keyset pagination: follow `nextCursor` with `cursor=`.",
    signedIn: true,
    query: peopleQuery,
    input: ({ query }) => {
      const input: Record<string, unknown> = {};
      const search = queryString(query, "search") ?? queryString(query, "query");
      const role = queryEnum(query, "role", Object.values(Role));
      const state = queryEnum(query, "state", PERSON_STATES);
      const limit = queryInt(query, "limit", 1, 100);
      const cursor = queryCursor(query);
      if (search) input.query = search;
      if (role) input.role = role;
      if (state) input.state = state;
      if (limit !== undefined) input.limit = limit;
      if (cursor) input.cursor = cursor;
      return input;
    },
    response: peoplePageResponse,
  },
  {
    method: "PATCH",
    path: "/api/admin/users/{id}",
    procedure: { field: "isBlocked", whenTrue: "people.block", whenFalse: "people.unblock" },
    tag: "Admin",
    summary: "Block or unblock a person (admin)",
    description:
      "Blocking signs the person out everywhere in the same transaction; their orders and listings are kept, " +
      "a blocked seller's medicines leave the storefront. Not yourself, not the last admin (409); " +
      "blocking someone already blocked (or unblocking someone who is not) is 409.",
    signedIn: true,
    params: z.object({ id: z.string().meta({ description: "User id" }) }),
    body: restAdminUserBody,
    input: ({ params, body }) => ({ userId: params.id, reason: (body as AdminUserBody).reason }),
    response: blockResultResponse,
  },
  {
    method: "GET",
    path: "/api/admin/stats",
    procedure: "admin.overview",
    tag: "Admin",
    summary: "Marketplace numbers (admin)",
    signedIn: true,
    input: () => undefined,
    response: adminStatsResponse,
  },
  {
    method: "GET",
    path: "/health",
    procedure: "health.check",
    tag: "Health",
    summary: "Liveness and database reachability",
    signedIn: false,
    input: () => undefined,
    response: healthResponse,
  },
];
