// Helpers shared by quickstart.mjs and test.mjs. Plain Node (no dependencies): these scripts run
// before `pnpm install` on a machine that has only Node 20 and the npm registry.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PNPM_VERSION = "12.4.2";

const children = new Set();

export function log(message) {
  console.info(`\x1b[36m[healio]\x1b[0m ${message}`);
}

/** pnpm itself: the machine's if it is the pinned version, else fetched from the npm registry by npx. */
export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
}

export function run(command, args, options = {}) {
  const [bin, ...pre] = command;
  const result = spawnSync(bin, [...pre, ...args], { stdio: "inherit", cwd: root, ...options });
  if (result.status !== 0) {
    throw new Error(`${[bin, ...pre, ...args].join(" ")} exited with ${result.status ?? result.signal}`);
  }
}

export function start(command, args, options = {}) {
  const [bin, ...pre] = command;
  const child = spawn(bin, [...pre, ...args], { cwd: root, stdio: "inherit", detached: true, ...options });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to every child's process group, then wait (at most `timeoutMs`) until all have exited. */
export async function stopAllAndWait(timeoutMs = 30_000) {
  const exited = [...children].map((child) => new Promise((resolve) => child.once("exit", resolve)));
  stopAll();
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}

// Ctrl+C or a supervisor's SIGTERM: the servers drain and stop (scripts/serve.mjs), then we exit 0,
// quietly: stopping on request is not a failure.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stopAllAndWait().then(() => process.exit(0));
  });
}
process.on("exit", stopAll);

const node = process.execPath;

/**
 * Starts one app as a plain node process (no pnpm in between: pnpm reports a stopped child as
 * `ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL`). "prod" serves the production build through
 * scripts/serve.mjs (graceful stop on SIGTERM; WEB_CONCURRENCY processes, default half the CPUs, at least one);
 * "dev" runs `next dev` (one process).
 */
export function startApp(app, mode, port, options = {}) {
  const appDir = join(root, "apps", app);
  const args =
    mode === "prod"
      ? [join(root, "scripts", "serve.mjs"), appDir, "--port", String(port)]
      : [join(appDir, "node_modules", "next", "dist", "bin", "next"), "dev", "--port", String(port)];
  return start([node], args, { cwd: appDir, ...options });
}

/** A TypeScript entry point of packages/<pkg> through tsx, directly (no pnpm in between: see startApp). */
export function startTsx(pkg, file, options = {}) {
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  return start([node], [tsx, file], { cwd: join(root, "packages", pkg), ...options });
}

/** The job worker (packages/api/src/jobs/main.ts). */
export function startJobWorker(options = {}) {
  return startTsx("api", "src/jobs/main.ts", options);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the embedded PGlite server (packages/db/scripts/embedded-server.ts); resolves with its URL. */
export function startEmbeddedDatabase(_pnpm, dataDir, port) {
  return new Promise((resolve, reject) => {
    // tsx directly (installed by then), not through pnpm: see startApp.
    const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
    const child = spawn(node, [tsx, "scripts/embedded-server.ts", dataDir, String(port)], {
      cwd: join(root, "packages", "db"),
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    children.add(child);
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk.toString();
      const match = buffer.match(/ready (\S+)/);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
}

export async function waitForHttp(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`);
}

/** Secrets generated once per checkout and kept in .data/ (never committed). */
export function localSecrets() {
  const dir = join(root, ".data");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "local-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const secrets = {
    betterAuthSecret: randomBytes(32).toString("base64url"),
    demoPassword: `demo-${randomBytes(6).toString("base64url")}`,
    adminEmail: "admin@healio.test",
    adminPassword: `admin-${randomBytes(9).toString("base64url")}`,
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
