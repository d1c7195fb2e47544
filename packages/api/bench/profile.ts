/**
 * Node CPU per request of one app under load, with a CPU profile of where it goes:
 *
 *   tsx bench/profile.ts --only order.place [--seconds 10] [--connections n] [--no-profile]
 *
 * Starts the production build of the scenario's app (scripts/serve.mjs, the bench's env) on port
 * 3140 (storefront) or 3141 (console), warms up, then loads it for --seconds with autocannon.
 * Reports the process's own CPU time (utime + stime from /proc, every thread: GC, libuv) per
 * completed request in that window, and, unless --no-profile, self time by package and function from `node --cpu-prof` (the
 * profiler costs a few percent, so compare runs of the same kind). Uses the seeded healio_bench
 * (`pnpm bench --seed-only` first). A measuring tool, like run.ts: it prints, it asserts nothing.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { summarizeCpuProfile } from "./cpu-summary";
import { load } from "./load";
import { deepCursor, requestFactory, SECRET } from "./requests";
import { loadFixtures, scenarios } from "./scenarios";
import { waitForHttp } from "./servers";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const here = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = join(here, "..", "..", "..");
const workDir = join(repoRoot, "bench", ".work", "profile");
const SECONDS = Number(option("seconds") ?? 10);
// Not the bench's ports (3130-3132): a profile may run while someone else's `pnpm bench` does.
const PORTS = { web: 3140, admin: 3141 };

/** utime + stime of a process in ms (clock ticks are 100 Hz on Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  const dbUrl = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  dbUrl.pathname = "/healio_bench";
  const url = dbUrl.toString();
  const base = await loadFixtures(url, 20_000);
  base.customerIds.pop(); // the capture customer of run.ts
  const only = option("only") ?? "order.place";
  const needsCursor = only.includes("deep");
  const fixtures = { ...base, deepCursor: needsCursor ? await deepCursor(url, base.rootSlug, 50) : null };
  const s = scenarios(fixtures).find((x) => x.name.includes(only));
  if (!s) throw new Error(`no scenario matches ${only}`);
  const connections = Number(option("connections") ?? s.connections);
  const port = PORTS[s.app];
  const origin = `http://127.0.0.1:${port}`;

  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const profile = !argv.includes("--no-profile");
  const nodeArgs = profile ? ["--cpu-prof", `--cpu-prof-dir=${workDir}`] : [];
  const appDir = join(repoRoot, "apps", s.app);
  const child = spawn(process.execPath, [...nodeArgs, join(repoRoot, "scripts", "serve.mjs"), appDir, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: SECRET,
      WEB_URL: `http://127.0.0.1:${PORTS.web}`,
      ADMIN_URL: `http://127.0.0.1:${PORTS.admin}`,
      MAIL_OUTBOX_DIR: join(workDir, "outbox"),
      AUTH_RATE_LIMIT: "on",
      // One server process (no cluster primary), so /proc and the profile are that process's.
      WEB_CONCURRENCY: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    await waitForHttp(`${origin}/api/trpc/health.check`);
    // A random start, so repeated runs within a minute spread over other customers (rate limits).
    const counter = { n: Math.floor(Math.random() * 1_000_000) };
    const next = requestFactory(s, fixtures, origin, counter);
    await load(origin, connections, { seconds: 4 }, next);
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const cpu0 = cpuMs(child.pid!);
    const r = await load(origin, connections, { seconds: SECONDS }, next);
    const cpu1 = cpuMs(child.pid!);
    const toUs = Number(process.hrtime.bigint() / 1000n);
    const done = Object.values(r.codes).reduce((a, b) => a + b, 0);
    console.info(`${s.name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, codes ${JSON.stringify(r.codes)}, errors ${r.errors}`);
    console.info(`process CPU ${cpu1 - cpu0} ms for ${done} responses: ${((cpu1 - cpu0) / done).toFixed(2)} ms per request`);
    child.kill("SIGTERM");
    await exited;
    if (profile) {
      const file = readdirSync(workDir).find((f) => f.endsWith(".cpuprofile"));
      if (!file) throw new Error("no .cpuprofile written");
      const sum = summarizeCpuProfile(join(workDir, file), fromUs, toUs, Number(option("top") ?? 45));
      console.info(`window ${fromUs}..${toUs} µs`);
      console.info(`profile: ${sum.busyMs} ms busy on the main thread, ${(sum.busyMs / done).toFixed(2)} ms per request (${join(workDir, file)})\n\nby package (self ms):`);
      for (const p of sum.byPackage) console.info(`  ${String(p.ms).padStart(7)}  ${p.name}`);
      console.info(`\nby function (self ms):`);
      for (const f of sum.byFunction) console.info(`  ${String(f.ms).padStart(7)}  ${f.name}`);
    }
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
}

await main();
