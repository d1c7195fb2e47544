import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { Statement } from "./capture";

export const PGBENCH = "/usr/lib/postgresql/15/bin/pgbench";

const TOKEN = "BENCHUNIQ";

/** SQL literal of a captured value (pg's text format; arrays as array literals). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) {
    const items = value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`));
    return literal(`{${items.join(",")}}`);
  }
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  // An escape string with every ':' written as \x3a: pgbench would take ":word" inside a literal
  // (e.g. "font-weight:bold" in a mail) for one of its variables.
  return `E'${text.replace(/\\/g, "\\\\").replace(/'/g, "''").replace(/:/g, "\\x3a")}'`;
}

/**
 * Each $n becomes the captured value as a literal cast to the parameter type PostgreSQL inferred
 * for it (read back from a PREPARE), so the statement means exactly what the app's did. Values
 * that must differ per transaction (ids, idempotency key) carry a token replaced by
 * txid_current(), the same within a transaction and never the same in two.
 */
async function inline(client: pg.Client, s: Statement, index: number): Promise<string> {
  if (s.values.length === 0) return s.text;
  const name = `bench_inline_${index}`;
  await client.query(`PREPARE ${name} AS ${s.text}`);
  const { rows } = await client.query<{ types: string[] }>(
    `SELECT parameter_types::text[] AS types FROM pg_prepared_statements WHERE name = $1`,
    [name],
  );
  await client.query(`DEALLOCATE ${name}`);
  const types = rows[0]!.types;
  return s.text.replace(/\$(\d+)/g, (_m, n: string) => {
    const i = Number(n) - 1;
    const lit = literal(s.values[i]);
    const expr = lit.includes(TOKEN) ? `replace(${lit}, '${TOKEN}', txid_current()::text)` : lit;
    return `(${expr})::${types[i]}`;
  });
}

/**
 * pgbench scripts that replay one captured order.place (BEGIN ... COMMIT) statement for
 * statement. `unique` are the values that must be fresh per transaction; `medicines` maps the
 * captured medicine ids to other triples (one script each) so clients do not all queue on the
 * same three rows, as HTTP clients don't.
 */
export async function writeCheckoutScripts(
  url: string,
  statements: Statement[],
  unique: string[],
  capturedMedicines: string[],
  triples: string[][],
  dir: string,
): Promise<string[]> {
  // One pass over all replacements: applying them one after another would chain (a captured id
  // replaced by a triple's id that is itself replaced next), duplicating a medicine in one script.
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const swap = (v: unknown, map: Map<string, string>): unknown => {
    if (Array.isArray(v)) return v.map((x) => swap(x, map));
    if (typeof v !== "string" || map.size === 0) return v;
    const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
    const pattern = new RegExp(`(?:${keys.join("|")})(?![0-9A-Za-z])`, "g");
    return v.replace(pattern, (m) => map.get(m) ?? m);
  };
  mkdirSync(dir, { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const files: string[] = [];
  try {
    for (const [t, triple] of triples.entries()) {
      const map = new Map<string, string>(unique.map((u, i) => [u, `${TOKEN}-${i}`]));
      capturedMedicines.forEach((m, i) => map.set(m, triple[i]!));
      // Prisma reports COMMIT as a query event but not the BEGIN that opened the transaction:
      // without it every statement would commit on its own, and a run cut off at its deadline
      // would leave half a checkout behind.
      const lines: string[] = statements.some((st) => /^\s*BEGIN\b/i.test(st.text)) ? [] : ["BEGIN;"];
      for (const [i, s] of statements.entries()) {
        lines.push(`${await inline(client, { text: s.text, values: s.values.map((v) => swap(v, map)) }, i)};`);
      }
      const file = join(dir, `checkout-${t}.sql`);
      writeFileSync(file, `${lines.join("\n")}\n`);
      files.push(file);
    }
  } finally {
    await client.end();
  }
  return files;
}

export type PgbenchFigures = { tps: number; p50: number | null; p99: number | null; failed: number };

/**
 * One pgbench run. `extended` (what run.ts uses): unnamed parse/bind/execute per statement. The
 * scripts carry the captured values as literals, so every script is a different text: `prepared`
 * would prepare each script's statements once per connection (100 scripts x 32 clients of parse
 * and plan of the big checkout statement), which in a 6 s round measured pgbench's preparing,
 * not the checkout (13 TPS in session 4's run). The app's named statements keep one plan per
 * text with $n values, which literal scripts cannot reproduce; unnamed is the closer analogue.
 */
export function runPgbench(url: string, files: string[], clients: number, budget: { seconds: number } | { transactionsPerClient: number }, mode: "extended" | "prepared", logDir: string): PgbenchFigures {
  const u = new URL(url);
  const args = [
    "-h", u.hostname, "-p", u.port || "5432", "-U", decodeURIComponent(u.username || "postgres"),
    "-n", "-c", String(clients), "-j", "2", ...("seconds" in budget ? ["-T", String(budget.seconds)] : ["-t", String(budget.transactionsPerClient)]), "-M", mode, "-r",
    ...files.flatMap((f) => ["-f", `${f}@1`]),
    u.pathname.slice(1),
  ];
  const result = spawnSync(PGBENCH, args, { encoding: "utf8" });
  writeFileSync(join(logDir, `pgbench-${mode}.log`), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`pgbench failed: ${result.stderr.slice(0, 2000)}`);
  const tps = Number(/tps = ([\d.]+)/.exec(result.stdout)?.[1] ?? NaN);
  const failed = Number(/number of failed transactions: (\d+)/.exec(result.stdout)?.[1] ?? 0);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(result.stdout)?.[1] ?? NaN);
  return { tps, p50: Number.isFinite(latency) ? latency : null, p99: null, failed };
}
