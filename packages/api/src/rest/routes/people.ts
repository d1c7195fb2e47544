import type { RestRoute } from "../route";
import { adminStatsResponse, healthResponse, meResponse } from "../schemas/responses";

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

export const peopleRoutes: RestRoute[] = [
  me("/api/users/me"),
  me("/api/auth/me", "/api/users/me"),
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
