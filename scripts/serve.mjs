// The production server of one app, with a graceful stop:
//   node scripts/serve.mjs apps/web --port 3000 [--hostname 127.0.0.1]
// It serves the app's `next build` output through Next's own request handler (the same one
// `next start` uses) on an HTTP server we own, so that on SIGTERM/SIGINT it can:
//   1. stop accepting connections, and ask keep-alive clients to close after their answer,
//   2. let in-flight requests finish (at most SHUTDOWN_TIMEOUT_MS, default 25 s),
//   3. run the app's shutdown steps (packages/api/src/lifecycle/shutdown.ts): the outbox round in
//      progress finishes, then the database pool closes,
//   4. exit 0 (a requested stop is not a failure; `next start` exits 143, which supervisors and
//      pnpm report as an error).
// Plain Node: it runs outside Next's bundles. Logs are JSON lines like the app's (pino format).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
const threshold = LEVELS[process.env.LOG_LEVEL ?? "info"] ?? LEVELS.info;

function log(level, msg, fields = {}) {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, component: "server", ...fields, msg });
  (LEVELS[level] >= LEVELS.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

const args = process.argv.slice(2);
const appDir = args[0] && !args[0].startsWith("--") ? resolve(args[0]) : process.cwd();
const port = Number(argValue(args, "--port", process.env.PORT ?? "3000"));
// Without --hostname, listen as `next start` does: on every address (IPv6 and IPv4 where available).
const hostname = argValue(args, "--hostname", undefined);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Next is the app's own dependency (resolved from its folder, as `next start` would be).
const next = createRequire(join(appDir, "package.json"))("next");

const server = createServer();
const app = next({ dev: false, dir: appDir, hostname: hostname ?? "localhost", port, httpServer: server });
const handle = app.getRequestHandler();
let stopping = false;
let inFlight = 0;

server.on("request", (req, res) => {
  inFlight += 1;
  res.on("close", () => (inFlight -= 1));
  // While stopping, answers still go out, but the connection closes after each one, so clients
  // reconnect (to another process) instead of reusing a socket that is about to go away.
  if (stopping) res.setHeader("connection", "close");
  handle(req, res).catch((error) => {
    log("error", "request handler failed", { err: { message: String(error?.message ?? error), stack: error?.stack } });
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

await app.prepare();
await new Promise((resolveListen, reject) => {
  server.once("error", reject);
  if (hostname) server.listen(port, hostname, resolveListen);
  else server.listen(port, resolveListen);
});
log("info", "server listening", { app: appDir, url: `http://${hostname ?? "localhost"}:${port}` });

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log("info", "stopping: no new connections, finishing in-flight requests", { signal, inFlight });
  const closed = new Promise((done) => server.close(() => done()));
  // server.close() leaves keep-alive sockets open until they idle; close each as soon as it does.
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    log("warn", "shutdown timeout: closing connections with requests still running", { inFlight });
    server.closeAllConnections();
  }, shutdownTimeoutMs);
  await closed;
  clearInterval(idleSweep);
  clearTimeout(deadline);
  try {
    await app.close?.();
  } catch (error) {
    log("error", "next close failed", { err: { message: String(error?.message ?? error) } });
  }
  const runShutdownHooks = globalThis[Symbol.for("healio.shutdown")];
  if (typeof runShutdownHooks === "function") await runShutdownHooks();
  log("info", "stopped", { signal });
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void stop(signal));
