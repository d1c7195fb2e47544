import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

export type Started = { name: string; url: string; child: ChildProcess };

const started: Started[] = [];

/** Stops every process this harness started (each in its own process group), and only those. */
export function stopAll(): void {
  for (const s of started.splice(0)) {
    if (s.child.pid !== undefined && s.child.exitCode === null) {
      try {
        process.kill(-s.child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  }
}
process.on("exit", stopAll);

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function startProcess(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; url: string; logDir: string }): Started {
  mkdirSync(opts.logDir, { recursive: true });
  const log = openSync(join(opts.logDir, `${name}.log`), "w");
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", log, log], detached: true });
  const s = { name, url: opts.url, child };
  started.push(s);
  return s;
}

const nextBin = (appDir: string) => join(appDir, "node_modules", "next", "dist", "bin", "next");

/** Production builds of both apps (next build), unless a build exists and `force` is false. */
export function ensureBuilds(repoRoot: string, force: boolean, log: (line: string) => void): void {
  for (const app of ["web", "admin"]) {
    const dir = join(repoRoot, "apps", app);
    if (!force && existsSync(join(dir, ".next", "BUILD_ID"))) continue;
    log(`building apps/${app} (next build)…`);
    const result = spawnSync(process.execPath, [nextBin(dir), "build"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (result.status !== 0) throw new Error(`next build of apps/${app} failed`);
  }
}

/**
 * How many server processes scripts/serve.mjs runs, from its log: the cluster primary logs
 * "cluster listening" with the worker count; a single server logs no such line.
 */
function serverProcesses(logFile: string): number {
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.includes('"cluster listening"')) continue;
    try {
      return Number((JSON.parse(line) as { workers?: number }).workers ?? 1);
    } catch {
      /* not JSON */
    }
  }
  return 1;
}

/**
 * An app's production build served by scripts/serve.mjs on a port (WEB_CONCURRENCY in `env`
 * sets its process count); resolves when it answers, with that count.
 */
export async function startNextApp(
  repoRoot: string,
  app: "web" | "admin",
  port: number,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<Started & { workers: number }> {
  const dir = join(repoRoot, "apps", app);
  const url = `http://127.0.0.1:${port}`;
  // scripts/serve.mjs: Next's own request handler (as `next start`) with the graceful stop.
  const serve = join(repoRoot, "scripts", "serve.mjs");
  const s = startProcess(app, process.execPath, [serve, dir, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: dir,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    url,
    logDir,
  });
  await waitForHttp(`${url}/api/trpc/health.check`);
  // A cluster answers as soon as one worker listens: wait for all of them before measuring.
  // (serve.mjs's default: half the CPUs, at least one.)
  const clustered = Number(env.WEB_CONCURRENCY || Math.max(1, Math.floor(availableParallelism() / 2))) > 1;
  const logFile = join(logDir, `${app}.log`);
  const deadline = Date.now() + 120_000;
  while (clustered && !readFileSync(logFile, "utf8").includes('"cluster listening"') && Date.now() < deadline) {
    if (s.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return { ...s, workers: serverProcesses(logFile) };
}

/** The bare http + pg server (bare-server.ts) on a port. */
export async function startBareServer(repoRoot: string, port: number, dbUrl: string, routesFile: string, logDir: string): Promise<Started> {
  const apiDir = join(repoRoot, "packages", "api");
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  const s = startProcess("bare", tsx, [join(apiDir, "bench", "bare-server.ts"), String(port), dbUrl, routesFile], {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: "production" },
    url: `http://127.0.0.1:${port}`,
    logDir,
  });
  await waitForHttp(`${s.url}/health`);
  return s;
}
