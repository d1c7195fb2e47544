// The production server of one app, with a graceful stop:
//   node scripts/serve.mjs apps/web --port 3000 [--hostname 127.0.0.1]
// It serves the app's `next build` output through Next's own request handler (the same one
// `next start` uses) on an HTTP server we own (serve/server.mjs: drains in-flight requests on
// SIGTERM/SIGINT, runs the app's shutdown steps, exits 0).
//
// WEB_CONCURRENCY = the number of server processes. 1: this process serves. More: this process
// becomes the cluster primary (serve/primary.mjs) and forks that many workers sharing the port;
// it restarts crashed workers and forwards SIGTERM/SIGINT. Default: one per CPU
// (os.availableParallelism()): the app is bound by Node CPU, so one process uses one core at most
// (figures in bench/README.md, "Worker processes"). Each worker has its own database pool
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

/** WEB_CONCURRENCY as a positive integer; unset or empty means one worker per CPU. */
export function workerCount(value = process.env.WEB_CONCURRENCY) {
  if (value === undefined || value.trim() === "") return availableParallelism();
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
