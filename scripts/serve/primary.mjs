// The cluster primary (WEB_CONCURRENCY > 1): it forks the workers (server.mjs, each with its own
// Next instance and database pool) and does nothing else; Node's cluster module shares the
// listening socket and hands connections to the workers in turn. It:
// - restarts a worker that dies unexpectedly, after a backoff (1 s, doubling with every crash in
//   the last minute, at most 30 s) so a crash at start-up cannot become a hot loop;
// - gives up (exit 1) if a worker fails before any worker ever listened: a missing build or a taken
//   port would fail every replacement too;
// - on SIGTERM/SIGINT forwards the signal to every worker, waits until each has finished its
//   in-flight requests and exited, then exits 0 (1 if a worker failed to stop cleanly).
import cluster from "node:cluster";

const CRASH_WINDOW_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

export function runPrimary({ workers, shutdownTimeoutMs, url, log }) {
  /** worker.id -> { worker, listening } */
  const live = new Map();
  const restarts = new Set();
  let crashes = [];
  let everListened = false;
  let stopping = null;
  let stopFailed = false;

  function fork() {
    const worker = cluster.fork();
    live.set(worker.id, { worker, listening: false });
    log("info", "worker started", { worker: worker.id, workerPid: worker.process.pid });
  }

  function finish() {
    log("info", "stopped", { signal: stopping, workers });
    process.exit(stopFailed ? 1 : 0);
  }

  cluster.on("listening", (worker) => {
    const entry = live.get(worker.id);
    if (entry) entry.listening = true;
    if (!everListened && live.size === workers && [...live.values()].every((e) => e.listening)) {
      everListened = true;
      log("info", "cluster listening", { url, workers });
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    const entry = live.get(worker.id);
    live.delete(worker.id);
    const fields = { worker: worker.id, workerPid: worker.process.pid, code, signal };
    if (stopping) {
      // A worker killed by the forwarded signal itself never got as far as installing its handler.
      const clean = code === 0 || (code === null && signal === stopping);
      if (!clean) stopFailed = true;
      log(clean ? "info" : "error", "worker stopped", fields);
      if (live.size === 0) finish();
      return;
    }
    if (!everListened && !entry?.listening) {
      log("fatal", "worker failed before the server ever listened: giving up", fields);
      stopping = "SIGTERM";
      stopFailed = true;
      for (const other of live.values()) other.worker.process.kill("SIGTERM");
      if (live.size === 0) finish();
      return;
    }
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const delayMs = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** (crashes.length - 1));
    log("error", "worker died: restarting it", { ...fields, delayMs, crashesLastMinute: crashes.length });
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!stopping) fork();
    }, delayMs);
    restarts.add(timer);
  });

  function stop(signal) {
    if (stopping) return;
    stopping = signal;
    for (const timer of restarts) clearTimeout(timer);
    restarts.clear();
    log("info", "stopping: forwarding the signal to every worker", { signal, workers: live.size });
    if (live.size === 0) finish();
    for (const { worker } of live.values()) worker.process.kill(signal);
    // Each worker bounds its own drain (SHUTDOWN_TIMEOUT_MS); this only catches a stuck one.
    setTimeout(() => {
      log("error", "workers still running after the shutdown timeout: killing them", { workers: live.size });
      for (const { worker } of live.values()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownTimeoutMs + 10_000).unref();
  }
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(signal));

  log("info", "cluster primary started", { workers });
  for (let i = 0; i < workers; i += 1) fork();
}
