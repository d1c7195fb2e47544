import type { CallerKind, RestRoute } from "../rest/route";
import { PRINCIPALS, type PolicyEntry, type Principal } from "./policy/types";

export const REST_TABLE_START = "<!-- rest-table:start (generated: pnpm --filter @healio/api print-policy --write) -->";
export const REST_TABLE_END = "<!-- rest-table:end -->";

/** The procedure a principal reaches through a route (routes may pick one per role). */
export function restProcedureFor(route: RestRoute, principal: Principal): string {
  return typeof route.procedure === "string" ? route.procedure : route.procedure[principal satisfies CallerKind];
}

function cell(route: RestRoute, principal: Principal, policy: readonly PolicyEntry[]): string {
  const entry = policy.find((e) => e.path === restProcedureFor(route, principal));
  if (!entry) return "**MISSING**";
  if (!entry.allow.includes(principal)) return "—";
  return entry.serviceRefuses?.includes(principal) ? "✗ (service)" : "✓";
}

/**
 * The REST routes as markdown: each route, the tRPC procedure(s) it calls and, from those
 * procedures' policy entries, who may call it. REST has no rules of its own: this table is derived.
 */
export function renderRestTable(routes: readonly RestRoute[], policy: readonly PolicyEntry[]): string {
  const header = ["Method", "Path", "Procedure", ...PRINCIPALS, "Ownership"];
  const rows = routes.map((route) => {
    const procedures = [...new Set(PRINCIPALS.map((p) => restProcedureFor(route, p)))];
    const ownership = [...new Set(procedures.map((path) => policy.find((e) => e.path === path)?.ownership ?? "**MISSING**"))];
    const label =
      typeof route.procedure === "string"
        ? `\`${route.procedure}\``
        : PRINCIPALS.filter((p) => p !== "anonymous")
            .map((p) => `${p}: \`${restProcedureFor(route, p)}\``)
            .join("<br>");
    return [
      route.method,
      `\`${route.path}\`${route.aliasOf ? ` (alias)` : ""}`,
      label,
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
