import type { AuditChange } from "./audit-log.schema";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field comparison of an audit row's before/after snapshots (top-level keys; nested values
 * compared as JSON). A field only in `after` was added, only in `before` removed. Snapshots that are
 * not objects compare as one field "value". What changed comes first (changed, added, removed,
 * then unchanged), alphabetically within each kind: jsonb does not keep the key order of a write.
 */
export function diffAuditSnapshots(before: unknown, after: unknown): AuditChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    const kind = b === null ? "added" : a === null ? "removed" : same(b, a) ? "unchanged" : "changed";
    return [{ field: "value", kind, before: b, after: a }];
  }
  const left = b ?? {};
  const right = a ?? {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const changes = fields.map((field): AuditChange => {
    const inBefore = field in left;
    const inAfter = field in right;
    const kind = !inBefore ? "added" : !inAfter ? "removed" : same(left[field], right[field]) ? "unchanged" : "changed";
    return { field, kind, before: inBefore ? left[field] : null, after: inAfter ? right[field] : null };
  });
  return changes.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
}

const KIND_ORDER: Record<AuditChange["kind"], number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };
