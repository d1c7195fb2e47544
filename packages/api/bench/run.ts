/**
 * `pnpm bench` — load over real HTTP against production builds, with same-run baselines.
 *
 *   pnpm bench [--quick] [--reuse] [--seed-only] [--build] [--only <text>] [--rounds n] [--seconds n]
 *              [--connections n] [--workers n] [--answer-cache off] [--app-root <checkout>] [--label <text>]
 *              [--out <file>]
 *
 * 1. Seeds its own database (healio_bench, or healio_bench_quick) with generate_series
 *    (seed-sql.ts); --reuse keeps an already seeded one.
 * 2. Starts the storefront (3130) and the console (3131) with scripts/serve.mjs (--workers n: its
 *    WEB_CONCURRENCY, default the launcher's own; --answer-cache off: RESPONSE_CACHE_SECONDS=0, no
 *    anonymous catalogue answers from memory), and the bare http + pg server (3132, one process,
 *    as always) replaying the exact statements the app sends per catalogue request.
 * 3. Per endpoint: warm-up, then alternating rounds (app, baseline / baseline, app) with autocannon
 *    on loopback; medians of req/s, p50, p99; non-2xx summed.
 *    R1 catalogue vs bare server; R2 order.place vs pgbench replaying its statements at the same
 *    client count; R3 sequential service calls through Prisma vs the same statements through pg.
 * 4. Checks the SQL invariants after the load, prints a table, writes bench/results.json.
 * Nothing here is a test: figures are printed, and only a broken harness fails the run.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import type { Actor } from "../src/actor";
import { captureStatements, type Statement } from "./capture";
import { actorFor, callFor, prismaVsPg, round2 } from "./prisma-vs-pg";
import { prepareDatabase } from "./database";
import { checkInvariants } from "./invariants";
import { load, median, summarize, type Budget, type LoadFigures, type RequestShape } from "./load";
import { runPgbench, writeCheckoutScripts, type PgbenchFigures } from "./pgbench";
import { table, type Row } from "./report";
import { deepCursor, requestFactory, SECRET, trpcPath } from "./requests";
import { loadFixtures, orderInput, orderLines, scenarios, type BenchFixtures, type Scenario } from "./scenarios";
import { FULL_SCALE, QUICK_SCALE } from "./seed-sql";
import { ensureBuilds, startBareServer, startNextApp, stopAll } from "./servers";
import { sessionCookie } from "./sessions";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const QUICK = flag("quick");
const here = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = join(here, "..", "..", "..");
const appRoot = option("app-root") ?? repoRoot;
const scale = QUICK ? QUICK_SCALE : FULL_SCALE;
const ROUNDS = Number(option("rounds") ?? (QUICK ? 1 : 3));
const SECONDS = Number(option("seconds") ?? (QUICK ? 3 : 8));
const WARMUP = QUICK ? 2 : 4;
/** Quick runs only prove the harness works: few connections, so requests finish within a short round. */
const CONNECTIONS = option("connections");
const connectionsFor = (s: Scenario) => (CONNECTIONS ? Number(CONNECTIONS) : QUICK ? Math.min(s.connections, 4) : s.connections);
/** Quick rounds are a number of requests, so a slow (shared, loaded) machine still completes some. */
const ROUND: Budget = QUICK ? { amount: 24 } : { seconds: SECONDS };
const WARM: Budget = QUICK ? { amount: 8 } : { seconds: WARMUP };
const PORTS = { web: 3130, admin: 3131, bare: 3132 };
/** Server processes per app (WEB_CONCURRENCY of scripts/serve.mjs); unset: the launcher's default. */
const WORKERS = option("workers") ?? process.env.WEB_CONCURRENCY;
const ANSWER_CACHE_OFF = option("answer-cache") === "off";
const dbName = QUICK ? "healio_bench_quick" : "healio_bench";
const workDir = join(repoRoot, "bench", ".work");
const log = (line: string) => console.info(`[bench] ${line}`);

async function main(): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const started = performance.now();
  // The machine is shared: the load before the run says how much of it the run had.
  const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
  log(`${QUICK ? "quick" : "full"} run: ${JSON.stringify(scale)}; ${ROUNDS} round(s) of ${QUICK ? "24 requests" : `${SECONDS} s`}; app from ${appRoot}`);
  const { url, seedSeconds } = await prepareDatabase(dbName, scale, { reuse: flag("reuse"), log });
  if (seedSeconds) log(`seeded in ${seedSeconds.total} s: ${JSON.stringify(seedSeconds)}`);
  if (flag("seed-only")) return;

  const base = await loadFixtures(url, scale.sessionCustomers);
  // The last session customer places the captured order; the others carry the HTTP load.
  const captureCustomer = base.customerIds.pop()!;
  const fixtures: BenchFixtures = { ...base, deepCursor: await deepCursor(url, base.rootSlug, QUICK ? 5 : 50) };
  const only = option("only");
  const list = scenarios(fixtures).filter((s) => !only || s.name.includes(only));

  // Statements per request, captured warm through the real router (R1 routes, R3).
  const captured = new Map<Scenario, Statement[]>();
  for (const s of list.filter((x) => x.type === "query" && !x.noReplay)) {
    captured.set(s, await captureStatements(url, actorFor(s, fixtures), callFor(s)));
  }
  const routesFile = join(workDir, "routes.json");
  const routeOf = (s: Scenario) => `/r/${list.indexOf(s)}`;
  writeFileSync(routesFile, JSON.stringify(Object.fromEntries([...captured].map(([s, st]) => [routeOf(s), st]))));

  // order.place as pgbench scripts (R2): capture one checkout of three sellers' medicines.
  const checkoutActor: Actor = { userId: captureCustomer, role: "CUSTOMER", email: `${captureCustomer}@bench.healio`, name: "Capture" };
  let uniques: string[] = [];
  let capturedLines: string[] = [];
  const checkoutStatements = await captureStatements(url, checkoutActor, async (caller) => {
    const key = randomUUID();
    const input = orderInput(fixtures, 999_983, key);
    const result = await caller.order.place(input as never);
    uniques = [key, result.checkoutId, ...result.orders.map((o) => o.id)];
    capturedLines = input.lines.map((l) => l.medicineId);
  });
  // Ids Prisma generated on the client (cuid) or the app drew (uuid) are fresh in every checkout too.
  const idLike = /^(c[a-z0-9]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
  const walk = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(walk) : [v]);
  for (const st of checkoutStatements) {
    for (const v of st.values.flatMap(walk)) if (typeof v === "string" && idLike.test(v) && !uniques.includes(v)) uniques.push(v);
  }
  const triples = Array.from({ length: 100 }, (_, i) => orderLines(fixtures, 500_000 + i).map((l) => l.medicineId));
  const scripts = await writeCheckoutScripts(url, checkoutStatements, uniques, capturedLines, triples, join(workDir, "pgbench"));
  log(`order.place: ${checkoutStatements.length} statements per checkout (BEGIN and COMMIT included)`);

  ensureBuilds(appRoot, flag("build"), log);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: SECRET,
    WEB_URL: `http://127.0.0.1:${PORTS.web}`,
    ADMIN_URL: `http://127.0.0.1:${PORTS.admin}`,
    MAIL_OUTBOX_DIR: join(workDir, "outbox"),
    AUTH_RATE_LIMIT: "on",
    ...(WORKERS ? { WEB_CONCURRENCY: WORKERS } : {}),
    ...(ANSWER_CACHE_OFF ? { RESPONSE_CACHE_SECONDS: "0" } : {}),
  };
  const logDir = join(workDir, "logs");
  const web = await startNextApp(appRoot, "web", PORTS.web, env, logDir);
  const admin = await startNextApp(appRoot, "admin", PORTS.admin, env, logDir);
  const workers = web.workers;
  log(`apps served by scripts/serve.mjs with ${workers} process(es) each`);
  const bare = await startBareServer(repoRoot, PORTS.bare, url, routesFile, logDir);

  // A signed cookie the app rejects would turn every authenticated scenario into 401s: check once.
  const me = await fetch(`${web.url}${trpcPath("me.get", undefined, "query")}`, { headers: { cookie: sessionCookie(fixtures.customerIds[0]!, SECRET) } });
  log(`session check: me.get -> ${me.status}`);
  const adminMe = list.some((s) => s.caller === "admin")
    ? await fetch(`${admin.url}${trpcPath("me.get", undefined, "query")}`, { headers: { cookie: sessionCookie(fixtures.adminId, SECRET) } })
    : null;
  if (adminMe) log(`admin session check: me.get on the console -> ${adminMe.status}`);

  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  let r2: { http: LoadFigures; pgbench: PgbenchFigures; ratio: number; clients: number } | null = null;
  for (const s of list) {
    const appUrl = s.app === "web" ? web.url : admin.url;
    const origin = s.app === "web" ? env.WEB_URL : env.ADMIN_URL;
    const counter = { n: 0 };
    const next = requestFactory(s, fixtures, origin, counter);
    const bareNext = (): RequestShape => ({ method: "GET", path: routeOf(s), headers: {} });
    const hasBare = s.kind === "catalogue";
    const isOrder = s.vary === "order";
    await load(appUrl, connectionsFor(s), WARM, next);
    if (hasBare) await load(bare.url, connectionsFor(s), WARM, bareNext);
    const appRounds: (LoadFigures & { codes: Record<string, number> })[] = [];
    const baseRounds: LoadFigures[] = [];
    const pgRounds: PgbenchFigures[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      const runApp = async () => appRounds.push(await load(appUrl, connectionsFor(s), ROUND, next));
      const runBase = async () => {
        if (hasBare) baseRounds.push(await load(bare.url, connectionsFor(s), ROUND, bareNext));
        if (isOrder) pgRounds.push(runPgbench(url, scripts, connectionsFor(s), QUICK ? { transactionsPerClient: 6 } : { seconds: SECONDS }, "extended", logDir));
      };
      if (r % 2 === 0) {
        await runApp();
        await runBase();
      } else {
        await runBase();
        await runApp();
      }
    }
    const app = summarize(appRounds);
    const codes = appRounds.reduce<Record<string, number>>((acc, x) => {
      for (const [c, k] of Object.entries(x.codes)) acc[c] = (acc[c] ?? 0) + k;
      return acc;
    }, {});
    details[s.name] = { app, codes, requests: counter.n };
    const row: Row = { endpoint: s.name, rps: app.rps, p50: app.p50, p99: app.p99, non2xx: app.non2xx };
    if (hasBare) {
      const b = summarize(baseRounds);
      Object.assign(row, { baseline: "bare http + pg", baselineRps: b.rps, ratio: round2(app.rps / b.rps), goal: ">= 0.5" });
      row.ok = (row.ratio ?? 0) >= 0.5;
      (details[s.name] as Record<string, unknown>).baseline = b;
    }
    if (isOrder) {
      const tps = median(pgRounds.map((p) => p.tps));
      Object.assign(row, { baseline: `pgbench -M extended -c ${connectionsFor(s)}`, baselineRps: round2(tps), ratio: round2(app.rps / tps), goal: ">= 0.5" });
      row.ok = (row.ratio ?? 0) >= 0.5;
      r2 = { http: app, pgbench: { ...pgRounds[0]!, tps }, ratio: row.ratio!, clients: connectionsFor(s) };
    }
    rows.push(row);
    log(`${s.name}: ${app.rps} req/s p50 ${app.p50} ms p99 ${app.p99} ms, non-2xx ${app.non2xx}, errors ${app.errors} ${JSON.stringify(codes)}${row.ratio !== undefined ? `, ratio ${row.ratio}` : ""}`);
  }
  stopAll();
  void web;
  void admin;

  const r3 = [];
  for (const [s, st] of captured) r3.push(await prismaVsPg(url, s, fixtures, st, QUICK ? 30 : 100));
  const invariants = await checkInvariants(url);

  console.info(`\nHealio bench (${QUICK ? "quick" : "full"}; ${new Date().toISOString()}; ${workers} server process(es) per app; load average ${loadBefore.join(" ")} before, ${loadavg().map((x) => x.toFixed(2)).join(" ")} after; medians of ${ROUNDS} round(s) x ${SECONDS} s; latencies in ms)\n`);
  console.info(table(rows));
  console.info(`\nR3 sequential medians (ms): service through Prisma vs the same statements through pg (goal <= 1.5x)`);
  for (const r of r3) console.info(`  ${r.endpoint.padEnd(36)} prisma ${String(r.prismaMs).padStart(7)}  pg ${String(r.pgMs).padStart(7)}  ${r.ratio.toFixed(2)}x${r.ratio <= 1.5 ? "  met" : "  NOT met"}`);
  console.info(`\nInvariants after load:`);
  for (const i of invariants) console.info(`  ${i.violations === 0 ? "ok  " : "FAIL"} ${i.name} (${i.violations} violations)`);

  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: appRoot, encoding: "utf8" }).stdout.trim();
  const results = {
    label: option("label") ?? null,
    mode: QUICK ? "quick" : "full",
    at: new Date().toISOString(),
    commit: commit || null,
    appRoot,
    scale,
    rounds: ROUNDS,
    seconds: SECONDS,
    workers,
    loadAverage: { before: loadBefore, after: loadavg().map((x) => Math.round(x * 100) / 100) },
    seedSeconds,
    checkoutStatements: checkoutStatements.length,
    rows,
    r2,
    r3,
    invariants,
    details,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  const out = option("out") ?? join(repoRoot, "bench", QUICK ? ".work/results-quick.json" : "results.json");
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out} (${results.totalSeconds} s)`);

  // The harness checks itself, not the goals: every ratio must have been computed, and the
  // invariants must hold (a violation is a bug whatever the speed).
  const missing = rows.filter((r) => r.goal && !(Number.isFinite(r.ratio) && (r.ratio ?? 0) > 0)).map((r) => r.endpoint);
  const missingR3 = r3.filter((r) => !Number.isFinite(r.ratio) || r.ratio <= 0).map((r) => r.endpoint);
  const broken = invariants.filter((i) => i.violations > 0).map((i) => i.name);
  if (missing.length || missingR3.length || broken.length || me.status !== 200 || (adminMe && adminMe.status !== 200)) {
    console.error(`bench: ratios missing for ${[...missing, ...missingR3].join(", ") || "-"}; invariants broken: ${broken.join(", ") || "-"}; session check ${me.status}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  stopAll();
}
