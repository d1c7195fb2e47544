// The production server of one app, with a graceful stop:
//   node scripts/serve.mjs apps/web --port 3000 [--hostname 127.0.0.1]
// It serves the app's `next build` output through Next's own request handler (the same one
// `next start` uses) on an HTTP server we own (serve/server.mjs: drains in-flight requests on
// SIGTERM/SIGINT, runs the app's shutdown steps, exits 0).
//
// WEB_CONCURRENCY = the number of server processes. 1: this process serves. More: this process
// becomes the cluster primary (serve/primary.mjs) and forks that many workers sharing the port;
// it restarts crashed workers and forwards SIGTERM/SIGINT. Default: half the CPUs, at least one:
// both apps run on the machine, each process uses one core at most, and on 2 cores shared with
// PostgreSQL a second process per app was slower (quiet machine: catalogue root 208 req/s with
// one process, 161 with two; bench/README.md, "Worker processes"). Each worker has its own database pool
// (DATABASE_POOL_MAX): keep processes × pool within max_connections (docs/SCALING.md).
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { createLog } from "./serve/log.mjs";
import { runPrimary } from "./serve/primary.mjs";
import { runServer } from "./serve/server.mjs";

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** WEB_CONCURRENCY as a positive integer; unset or empty means half the CPUs, at least one. */
export function defaultWorkerCount() {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

export function workerCount(value = process.env.WEB_CONCURRENCY) {
  if (value === undefined || value.trim() === "") return defaultWorkerCount();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_CONCURRENCY must be a whole number >= 1, got ${JSON.stringify(value)}`);
  return n;
}

const args = process.argv.slice(2);
const appDir = args[0] && !args[0].startsWith("--") ? resolve(args[0]) : process.cwd();
const port = Number(argValue(args, "--port", process.env.PORT ?? "3000"));
const hostname = argValue(args, "--hostname", undefined);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
const url = `http://${hostname ?? "localhost"}:${port}`;

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

if (cluster.isPrimary) {
  const workers = workerCount();
  if (workers > 1) runPrimary({ workers, shutdownTimeoutMs, url, log: createLog({ component: "cluster" }) });
  else await runServer({ appDir, port, hostname, shutdownTimeoutMs, log: createLog({ component: "server" }) });
} else {
  await runServer({ appDir, port, hostname, shutdownTimeoutMs, log: createLog({ component: "server", worker: cluster.worker.id }) });
}
