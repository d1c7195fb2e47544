import type { RouterOutputs } from "@/trpc/types";

type Change = RouterOutputs["auditLog"]["list"]["items"][number]["changes"][number];

const KIND_LABEL: Record<Change["kind"], string> = { changed: "Changed", added: "Added", removed: "Removed", unchanged: "Unchanged" };

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value, null, 1);
}

/** Before/after of one audit row, field by field; what changed first, unchanged fields greyed. */
export function AuditDiff({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <span className="hl-muted hl-small">No snapshot</span>;
  const changed = changes.filter((c) => c.kind !== "unchanged").length;
  return (
    <details className="audit-diff">
      <summary>
        {changed === 0 ? "Snapshot" : `${changed} field${changed === 1 ? "" : "s"} changed`} · show before/after
      </summary>
      <table>
        <caption className="hl-visually-hidden">Before and after, field by field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} data-kind={c.kind}>
              <th scope="row">
                {c.field}
                <span className="hl-visually-hidden"> ({KIND_LABEL[c.kind]})</span>
              </th>
              <td className={c.kind === "changed" || c.kind === "removed" ? "audit-diff__before" : undefined}>{show(c.before)}</td>
              <td className={c.kind === "changed" || c.kind === "added" ? "audit-diff__after" : undefined}>{show(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
