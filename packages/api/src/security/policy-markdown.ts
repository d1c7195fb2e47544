import type { ProcedureInfo } from "./list-procedures";
import { PRINCIPALS, type PolicyEntry } from "./policy/types";
import type { ProcedureRateLimit } from "../rate-limit/rules";

export const POLICY_TABLE_START = "<!-- policy-table:start (generated: pnpm --filter @healio/api print-policy --write) -->";
export const POLICY_TABLE_END = "<!-- policy-table:end -->";

function cell(entry: PolicyEntry | undefined, principal: (typeof PRINCIPALS)[number]): string {
  if (!entry || !entry.allow.includes(principal)) return "—";
  return entry.serviceRefuses?.includes(principal) ? "✗ (service)" : "✓";
}

function rateLimit(limit: ProcedureRateLimit | undefined): string {
  if (!limit) return "";
  const per = limit.key === "ip" ? "IP" : "user";
  return `${limit.rule.max}/${Math.round(limit.rule.windowMs / 1000)} s per ${per}${limit.applies ? " (search)" : ""}`;
}

const escape = (s: string) => s.replace(/\|/g, "\\|");

/**
 * The policy table as markdown, one row per procedure of the router (a procedure without a policy
 * entry shows as MISSING). Used by scripts/print-policy.ts and SECURITY.md.
 */
export function renderPolicyTable(
  procedures: readonly ProcedureInfo[],
  policy: readonly PolicyEntry[],
  limits: Readonly<Record<string, ProcedureRateLimit>>,
): string {
  const header = ["Procedure", "Type", ...PRINCIPALS, "Ownership", "Rate limit", "Note"];
  const rows = procedures.map((p) => {
    const entry = policy.find((e) => e.path === p.path);
    return [
      `\`${p.path}\``,
      p.type,
      ...PRINCIPALS.map((principal) => cell(entry, principal)),
      entry ? entry.ownership : "**MISSING**",
      rateLimit(limits[p.path]),
      escape(entry?.note ?? ""),
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** `document` with the text between the policy-table markers replaced by `table`. */
export function replacePolicyTable(document: string, table: string): string {
  const start = document.indexOf(POLICY_TABLE_START);
  const end = document.indexOf(POLICY_TABLE_END);
  if (start < 0 || end < start) throw new Error("policy table markers not found");
  return `${document.slice(0, start + POLICY_TABLE_START.length)}\n${table}\n${document.slice(end)}`;
}
