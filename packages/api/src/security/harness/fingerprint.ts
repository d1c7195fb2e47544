import type { Db } from "@healio/db";

let tables: string[] | undefined;

/**
 * Row count + checksum of every row of every table: two equal fingerprints mean nothing was
 * inserted, updated or deleted in between (used after every refused or invalid call).
 */
export async function dbFingerprint(db: Db): Promise<Record<string, string>> {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename`
  ).map((r) => r.tablename);
  const parts = tables.map(
    (t) =>
      // Order-independent sum of 64-bit row hashes: no sort, so cheap enough to run around every call.
      `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)::text AS f FROM "${t}" x`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; f: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** Tables whose fingerprint differs (empty = unchanged). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
