import type { HttpMethod, RestRoute } from "./route";

export type RouteMatch =
  | { kind: "found"; route: RestRoute; params: Record<string, string> }
  | { kind: "method-not-allowed"; allow: HttpMethod[] }
  | { kind: "not-found" };

function segments(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** Path parameters of `template` in `path`, or null. `{name}` matches one non-empty segment. */
function matchTemplate(template: string, path: string): { params: Record<string, string>; literals: number } | null {
  const want = segments(template);
  const got = segments(path);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  let literals = 0;
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith("{") && w.endsWith("}")) {
      let value: string;
      try {
        value = decodeURIComponent(g);
      } catch {
        return null;
      }
      params[w.slice(1, -1)] = value;
    } else if (w === g) literals += 1;
    else return null;
  }
  return { params, literals };
}

/** The route for a method + path; literal segments win over parameters (/orders/seller/stats). */
export function matchRoute(routes: readonly RestRoute[], method: string, path: string): RouteMatch {
  const candidates = routes
    .map((route) => ({ route, m: matchTemplate(route.path, path) }))
    .filter((c): c is { route: RestRoute; m: NonNullable<typeof c.m> } => c.m !== null);
  if (candidates.length === 0) return { kind: "not-found" };
  const same = candidates.filter((c) => c.route.method === method).sort((a, b) => b.m.literals - a.m.literals);
  const best = same[0];
  if (best) return { kind: "found", route: best.route, params: best.m.params };
  return { kind: "method-not-allowed", allow: [...new Set(candidates.map((c) => c.route.method))] };
}
