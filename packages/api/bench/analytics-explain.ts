/**
 * Revenue analytics at scale: EXPLAIN ANALYZE and sequential timings of every dashboard query.
 *
 *   cd packages/api && pnpm bench:analytics [--orders 1000000] [--days 730] [--runs 30] [--keep]
 *     [--server postgresql://postgres@127.0.0.1:5432] [--reuse]   (--reuse: keep the seeded database
 *     of an earlier --keep run instead of seeding again, applying any newer migrations)
 *     [--source raw]   (read the order lines only, as before the rollups, for comparison)
 *
 * Creates its own database (healio_bench_analytics) on --server, migrates it, seeds --orders orders
 * (~3 lines each, 1-5) spread evenly over the last --days days with INSERT ... SELECT generate_series
 * (10 % of checkouts split across two sellers; 80 % delivered, 8 % cancelled, the rest open),
 * VACUUM ANALYZEs, then for the marketplace dashboard (7, 30, 90 days, delivered and booked; read
 * from the rollups, and checked equal to the raw path) and one seller's dashboard (7, 30, 90 days):
 *   - prints EXPLAIN (ANALYZE, BUFFERS) of every SQL statement the dashboard sends;
 *   - times each statement alone, sequentially, --runs times (p50 / p99 / max in ms), and reads the
 *     CPU time its PostgreSQL backend used (/proc/<pid>/stat, when the server is on this machine):
 *     on a shared, overloaded machine wall time mostly measures waiting for a core, CPU time the work;
 *   - times the whole dashboard service call (its statements run concurrently on the pool).
 * Figures only: nothing here asserts timings. Drops the database at the end unless --keep.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createDb, type Db, type QueryEvent } from "@healio/db";
import { applyMigrations } from "@healio/db/migrate";
import type { Actor } from "../src/actor";
import type { DashboardParams } from "../src/analytics/analytics.schema";
import { getMarketplaceDashboard, getSellerRevenueDashboard } from "../src/analytics/get-dashboard";
import { log, ROLLUP_TABLES, seconds, seed } from "./analytics-seed";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const ORDERS = Number(arg("orders") ?? 1_000_000);
const DAYS = Number(arg("days") ?? 730);
const RUNS = Number(arg("runs") ?? 30);
const KEEP = process.argv.includes("--keep");
const REUSE = process.argv.includes("--reuse");
const SERVER = arg("server") ?? "postgresql://postgres@127.0.0.1:5432";
/** "auto": rollups where they apply (the service's default); "raw": the order lines only, for comparison. */
const SOURCE = arg("source") === "raw" ? "raw" : "auto";
const DB_NAME = "healio_bench_analytics";
const SELLERS = 200;
const CUSTOMERS = Math.max(1000, Math.round(ORDERS / 8));
const MEDICINES = 5000;

async function prepareDatabase(): Promise<string> {
  const url = `${SERVER}/${DB_NAME}`;
  const admin = createDb({ url: `${SERVER}/postgres`, max: 1 });
  try {
    const exists = await admin.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM pg_database WHERE datname = ${DB_NAME}`;
    if (REUSE && exists.length > 0) {
      // Migrations added since the seeding (e.g. analytics_rollups and its backfill) run here, timed.
      await seconds("migrations (already applied ones are skipped)", () => applyMigrations(url));
      const db = createDb({ url, max: 1 });
      try {
        // Autovacuum is off on this machine: fresh rollup rows need VACUUM for index-only scans and stats.
        for (const table of ROLLUP_TABLES) await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
      } finally {
        await db.$disconnect();
      }
      return url;
    }
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.$executeRawUnsafe(`CREATE DATABASE "${DB_NAME}"`);
  } finally {
    await admin.$disconnect();
  }
  await applyMigrations(url);
  const db = createDb({ url, max: 2 });
  try {
    await seed(db, { dbName: DB_NAME, orders: ORDERS, days: DAYS, sellers: SELLERS, customers: CUSTOMERS, medicines: MEDICINES });
  } finally {
    await db.$disconnect();
  }
  return url;
}

/** Deterministic pseudo-random integer in [0, m) from a seed expression (SQL). */
/** Every SQL statement the client sends while `on` (Prisma query events), for EXPLAIN and replay. */
type Statement = { text: string; values: unknown[] };
const recorder = { on: false, statements: [] as Statement[] };
function record(event: QueryEvent) {
  if (!recorder.on) return;
  if (/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(event.query) || event.query.includes("set_config('jit'")) return;
  recorder.statements.push({ text: event.query, values: JSON.parse(event.params) as unknown[] });
}

/** The same transaction-local settings as src/analytics/run-aggregate.ts, then one statement. */
const SETTINGS = `SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;
async function withSettings<T>(db: Db, text: string, values: unknown[]): Promise<T> {
  const [, rows] = await db.$transaction([db.$queryRawUnsafe(SETTINGS), db.$queryRawUnsafe<T>(text, ...values)]);
  return rows;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** CPU time (ms) a local PostgreSQL backend has used so far; null when /proc does not show it. */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat(5), i.e. 12 and 13 after "pid (comm) ", in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function time(runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up (caches, plan)
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.at(-1) ?? NaN };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);

function statementName(sql: Statement): string {
  const text = sql.text;
  if (text.includes("to_char(f")) return "range";
  if (text.includes("bool_and(date_trunc")) return "rollup check";
  if (text.includes('"revenueCur"')) return "headline figures";
  if (text.includes('FROM "user" u') && text.includes("COUNT(*) FILTER")) return "new customers";
  if (text.includes("NOT EXISTS")) return "new customers (seller)";
  if (text.includes("generate_series")) return "revenue by day";
  if (text.includes("RECURSIVE roots")) return "revenue by category";
  if (text.includes('"storeName"') && text.includes("LIMIT")) return "revenue by seller";
  if (text.includes('"byRevenue"')) return "top medicines";
  if (text.includes("GROUP BY o.status") || text.includes("GROUP BY h.status")) return "orders by status";
  if (text.includes('"public"."user"')) return "seller lookup (Prisma)";
  return text.slice(0, 40).replace(/\s+/g, " ");
}

/** A one-connection client (statements timed alone) and the pid of its PostgreSQL backend. */
let solo: { db: Db; pid: number };

async function benchScenario(db: Db, label: string, call: (db: Db) => Promise<unknown>) {
  log(`\n=== ${label} ===`);
  recorder.statements = [];
  recorder.on = true;
  await call(db);
  recorder.on = false;
  const statements = recorder.statements;
  const results: { name: string; p50: number; p99: number; max: number; cpu: number }[] = [];
  for (const sql of statements) {
    const name = statementName(sql);
    const plan = await withSettings<{ "QUERY PLAN": string }[]>(db, `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    log(`\n--- ${name}\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
    // The pool may have replaced its connection since (idle timeout): read the backend's pid again.
    const [me] = await solo.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    solo.pid = Number(me?.pid);
    const cpu0 = backendCpuMs(solo.pid);
    const timing = await time(RUNS, () => withSettings(solo.db, sql.text, sql.values));
    const cpu1 = backendCpuMs(solo.pid);
    const cpu = cpu0 === null || cpu1 === null ? NaN : (cpu1 - cpu0) / (RUNS + 1);
    results.push({ name, ...timing, cpu });
  }
  const whole = await time(RUNS, () => call(db));
  log(`\n${label}: sequential timings over ${RUNS} runs (ms)`);
  log(`  ${"statement".padEnd(26)}    p50     p99     max  backend CPU/run`);
  for (const r of results) log(`  ${r.name.padEnd(26)}${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.max)} ${fmt(r.cpu)}`);
  log(`  ${"WHOLE DASHBOARD CALL".padEnd(26)}${fmt(whole.p50)} ${fmt(whole.p99)} ${fmt(whole.max)}`);
  return { label, whole, results };
}

/** The rollup path must give the raw path's dashboard to the cent: checked at scale, once per scenario. */
async function compareWithRaw(db: Db, label: string, auto: (db: Db) => Promise<unknown>, raw: (db: Db) => Promise<unknown>) {
  const [a, r] = [JSON.stringify(await auto(db)), JSON.stringify(await raw(db))];
  log(`${label}: rollup path ${a === r ? "==" : "!= (MISMATCH)"} raw path`);
  if (a !== r) process.exitCode = 1;
}

async function main() {
  const url = await prepareDatabase();
  const db = createDb({ url, max: 10, onQuery: record });
  const soloDb = createDb({ url, max: 1 });
  const [me] = await soloDb.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  solo = { db: soloDb, pid: Number(me?.pid) };
  const [load] = readFileSync("/proc/loadavg", "utf8").split(" ");
  log(`Load average at start: ${load} (cores: ${(await import("node:os")).cpus().length})`);
  const [counts] = await db.$queryRaw<{ orders: bigint; lines: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "Order") AS orders, (SELECT COUNT(*) FROM "OrderItem") AS lines`;
  log(`Database ${DB_NAME}: ${counts?.orders} orders, ${counts?.lines} order lines`);
  const admin: Actor = { userId: "bench-admin", role: "ADMIN", email: "admin@bench.local", name: "Bench admin" };
  const seller: Actor = { userId: "s1", role: "SELLER", email: "s1@bench.local", name: "Seller 1" };
  const summary = [];
  try {
    const options = { source: SOURCE } as const;
    for (const preset of ["7d", "30d", "90d"] as const) {
      for (const basis of ["delivered", "booked"] as const) {
        const params: DashboardParams = { preset, basis };
        const call = (d: Db) => getMarketplaceDashboard(d, admin, params, options);
        summary.push(await benchScenario(db, `marketplace ${preset} ${basis}`, call));
        if (SOURCE === "auto") await compareWithRaw(db, `marketplace ${preset} ${basis}`, call, (d) =>
          getMarketplaceDashboard(d, admin, params, { source: "raw" }));
      }
    }
    for (const preset of ["7d", "30d", "90d"] as const) {
      const params = { preset, basis: "delivered" } as const;
      summary.push(await benchScenario(db, `seller s1 ${preset} delivered`, (d) => getSellerRevenueDashboard(d, seller, params, options)));
    }
    log(`\nSummary (${counts?.orders} orders, ${counts?.lines} lines; ${RUNS} sequential runs each; ms):`);
    log(`  ${"dashboard".padEnd(28)}  call p50  call p99  sum of statement p50  sum of backend CPU/run  slowest statement p99`);
    for (const s of summary) {
      const slowest = [...s.results].sort((a, b) => b.p99 - a.p99)[0];
      const sumP50 = s.results.reduce((a, r) => a + r.p50, 0);
      const sumCpu = s.results.reduce((a, r) => a + r.cpu, 0);
      log(
        `  ${s.label.padEnd(28)}${fmt(s.whole.p50)}   ${fmt(s.whole.p99)}   ${fmt(sumP50)}               ${fmt(sumCpu)}                ${slowest ? `${slowest.name} ${slowest.p99.toFixed(1)}` : ""}`,
      );
    }
    log(`Load average at end: ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`);
  } finally {
    await db.$disconnect();
    await soloDb.$disconnect();
    if (!KEEP) {
      const adminDb = createDb({ url: `${SERVER}/postgres`, max: 1 });
      await adminDb.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
      await adminDb.$disconnect();
    }
  }
}

await main();
process.exit(0);
