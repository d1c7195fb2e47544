import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const WEB_DIR = join(REPO_ROOT, "apps", "web");
const SERVE = join(REPO_ROOT, "scripts", "serve.mjs");

export type LogLine = Record<string, unknown> & { level?: string; msg?: string };

export type AppProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  /** The process's JSON log lines so far (stdout and stderr). */
  logs: LogLine[];
  /** Lines that were not JSON (should stay empty: every line is structured). */
  rawLines: string[];
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends `signal` and resolves with the exit code once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The storefront's production build served by scripts/serve.mjs (what `npm start --prod` and
 * the e2e run use) on a free loopback port. Needs `next build` of apps/web (npm test builds it).
 * One server process unless `env` sets WEB_CONCURRENCY: most tests look at one process's pool,
 * logs and shutdown steps; cluster.test.ts starts several workers.
 */
export async function startWebApp(env: Record<string, string>): Promise<AppProcess> {
  if (!existsSync(join(WEB_DIR, ".next", "BUILD_ID"))) {
    throw new Error("apps/web has no production build: run `pnpm --filter @healio/web build` (npm test builds it first)");
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVE, WEB_DIR, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: WEB_DIR,
    env: {
      // The child gets this process's environment (PATH, TEST_DATABASE_ADMIN_URL...) plus its own.
      // eslint-disable-next-line no-restricted-properties
      ...process.env,
      NODE_ENV: "production",
      WEB_URL: url,
      ADMIN_URL: url,
      BETTER_AUTH_SECRET: TEST_SECRET,
      REDIS_URL: "off",
      LOG_LEVEL: "info",
      WEB_CONCURRENCY: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const rawLines: string[] = [];
  const waiters = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.trim())) {
        try {
          logs.push(JSON.parse(line) as LogLine);
        } catch {
          rawLines.push(line);
        }
      }
      for (const wake of [...waiters]) wake();
    });
  }
  const app: AppProcess = {
    url,
    port,
    child,
    logs,
    rawLines,
    waitForLog(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(predicate);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such log line within ${timeoutMs} ms; last: ${JSON.stringify(logs.slice(-5))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  await waitFor(async () => ((await fetch(`${url}/health`)).status < 500 ? true : undefined), 90_000, `${url}/health`);
  return app;
}

export const TEST_SECRET = "reliability-test-secret-0123456789abcdef0123";
