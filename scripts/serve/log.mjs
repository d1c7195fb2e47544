// JSON log lines in pino's shape (level, time, pid, component, msg), like the app's own logger, so
// the primary's and each worker's lines go through the same log pipeline. Plain Node: the server
// launcher runs outside Next's bundles.
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
const threshold = LEVELS[process.env.LOG_LEVEL ?? "info"] ?? LEVELS.info;

/** A logger whose lines carry `fields` (e.g. `{ component: "cluster" }`) besides pid and time. */
export function createLog(fields) {
  return function log(level, msg, extra = {}) {
    if (LEVELS[level] < threshold) return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, ...fields, ...extra, msg });
    (LEVELS[level] >= LEVELS.warn ? process.stderr : process.stdout).write(`${line}\n`);
  };
}

export function errorFields(error) {
  return { err: { message: String(error?.message ?? error), stack: error?.stack } };
}
