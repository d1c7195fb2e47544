// One server process: Next's request handler (the one `next start` uses) on an HTTP server we own,
// with the graceful stop. Runs alone (WEB_CONCURRENCY=1) or as one worker of the cluster
// (primary.mjs), where the listening socket is shared through Node's cluster module.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { errorFields } from "./log.mjs";
import { createResponseCache, responseCacheSeconds } from "./response-cache.mjs";

/**
 * Serves until SIGTERM/SIGINT, then:
 *   1. stops accepting connections, and asks keep-alive clients to close after their answer,
 *   2. lets in-flight requests finish (at most `shutdownTimeoutMs`),
 *   3. runs the app's shutdown steps (packages/api/src/lifecycle/shutdown.ts): the outbox round in
 *      progress finishes, then the database pool closes,
 *   4. exits 0 (a requested stop is not a failure; `next start` exits 143, which supervisors and
 *      pnpm report as an error).
 */
export async function runServer({ appDir, port, hostname, shutdownTimeoutMs, log }) {
  // Next is the app's own dependency (resolved from its folder, as `next start` would be).
  const next = createRequire(join(appDir, "package.json"))("next");
  const server = createServer();
  const app = next({ dev: false, dir: appDir, hostname: hostname ?? "localhost", port, httpServer: server });
  const handle = app.getRequestHandler();
  // Anonymous public catalogue answers from memory, before Next (response-cache.mjs).
  const answers = createResponseCache({ maxAgeSeconds: responseCacheSeconds(), log });
  // In a cluster worker a signal may arrive twice: the primary forwards it, and a terminal's Ctrl+C
  // or a process-group kill reaches the worker directly. stop() runs once.
  let stopping = false;
  let listening = false;
  let inFlight = 0;
  // Installed before Next loads, so a stop requested during start-up is still a clean exit.
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void stop(signal));

  async function serve(req, res) {
    if (await answers.serve(req, res)) return;
    answers.capture(req, res);
    await handle(req, res);
  }

  server.on("request", (req, res) => {
    inFlight += 1;
    res.on("close", () => (inFlight -= 1));
    // While stopping, answers still go out, but the connection closes after each one, so clients
    // reconnect (to another process) instead of reusing a socket that is about to go away.
    if (stopping) res.setHeader("connection", "close");
    void serve(req, res).catch((error) => {
      log("error", "request handler failed", errorFields(error));
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  await app.prepare();
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    // Without a hostname, listen as `next start` does: on every address (IPv6 and IPv4 where available).
    if (hostname) server.listen(port, hostname, resolveListen);
    else server.listen(port, resolveListen);
  });
  listening = true;
  log("info", "server listening", { app: appDir, url: `http://${hostname ?? "localhost"}:${port}` });

  async function stop(signal) {
    if (stopping) return;
    stopping = true;
    if (!listening) {
      log("info", "stopped before the server listened", { signal });
      process.exit(0);
    }
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
      log("error", "next close failed", errorFields(error));
    }
    const runShutdownHooks = globalThis[Symbol.for("healio.shutdown")];
    if (typeof runShutdownHooks === "function") await runShutdownHooks();
    log("info", "stopped", { signal });
    process.exit(0);
  }
}
