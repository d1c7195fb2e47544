import { isProcedureByBody, proceduresOf, type CallerKind, type RestRoute } from "../rest/route";
import { PRINCIPALS, type PolicyEntry, type Principal } from "./policy/types";

export const REST_TABLE_START = "<!-- rest-table:start (generated: pnpm --filter @healio/api print-policy --write) -->";
export const REST_TABLE_END = "<!-- rest-table:end -->";

/** The procedures a principal may reach through a route (routes may pick one per role, or by body). */
export function restProceduresFor(route: RestRoute, principal: Principal): string[] {
  const p = route.procedure;
  if (typeof p === "string" || isProcedureByBody(p)) return proceduresOf(route);
  return [p[principal satisfies CallerKind]];
}

function cellFor(path: string, principal: Principal, policy: readonly PolicyEntry[]): string {
  const entry = policy.find((e) => e.path === path);
  if (!entry) return "**MISSING**";
  if (!entry.allow.includes(principal)) return "—";
  return entry.serviceRefuses?.includes(principal) ? "✗ (service)" : "✓";
}

function cell(route: RestRoute, principal: Principal, policy: readonly PolicyEntry[]): string {
  return [...new Set(restProceduresFor(route, principal).map((path) => cellFor(path, principal, policy)))].join(" / ");
}

function label(route: RestRoute): string {
  const p = route.procedure;
  if (typeof p === "string") return `\`${p}\``;
  if (isProcedureByBody(p)) return `${p.field} true: \`${p.whenTrue}\`<br>${p.field} false: \`${p.whenFalse}\``;
  return PRINCIPALS.filter((x) => x !== "anonymous")
    .map((x) => `${x}: \`${p[x]}\``)
    .join("<br>");
}

/**
 * The REST routes as markdown: each route, the tRPC procedure(s) it calls and, from those
 * procedures' policy entries, who may call it. REST has no rules of its own: this table is derived.
 */
export function renderRestTable(routes: readonly RestRoute[], policy: readonly PolicyEntry[]): string {
  const header = ["Method", "Path", "Procedure", ...PRINCIPALS, "Ownership"];
  const rows = routes.map((route) => {
    const procedures = [...new Set(PRINCIPALS.flatMap((p) => restProceduresFor(route, p)))];
    const ownership = [...new Set(procedures.map((path) => policy.find((e) => e.path === path)?.ownership ?? "**MISSING**"))];
    return [
      route.method,
      `\`${route.path}\`${route.aliasOf ? ` (alias)` : ""}`,
      label(route),
      ...PRINCIPALS.map((p) => cell(route, p, policy)),
      ownership.join(" / "),
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** `document` with the text between the REST table markers replaced by `table`. */
export function replaceRestTable(document: string, table: string): string {
  const start = document.indexOf(REST_TABLE_START);
  const end = document.indexOf(REST_TABLE_END);
  if (start < 0 || end < start) throw new Error("REST table markers not found");
  return `${document.slice(0, start + REST_TABLE_START.length)}\n${table}\n${document.slice(end)}`;
}
