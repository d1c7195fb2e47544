// `npm test`: the whole suite. Typecheck + lint, vitest in every package against real PostgreSQL
// (DATABASE_URL's server; every test file creates its own database), then playwright against
// production builds of both apps on a freshly migrated and seeded database.
// Without DATABASE_URL it falls back to a throw-away embedded PGlite server.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pgAdmin from "./pg-admin.mjs";
import { freePort, log, pnpmCommand, run, startApp, startEmbeddedDatabase, startJobWorker, startTsx, stopAllAndWait, waitForHttp } from "./lib.mjs";

const args = new Set(process.argv.slice(2));
const e2eOnly = args.has("--e2e-only");
const skipE2e = args.has("--no-e2e");
const CHROMIUM = "/usr/bin/chromium";

const pnpm = pnpmCommand();
log("installing dependencies (pnpm install --frozen-lockfile)…");
run(pnpm, ["install", "--frozen-lockfile"], { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });

const scratch = mkdtempSync(join(tmpdir(), "healio-test-"));
const baseEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "test-only-secret-0123456789abcdef0123456789",
  MAIL_OUTBOX_DIR: join(scratch, "outbox"),
  UPLOAD_DIR: join(scratch, "uploads"),
};

let serverUrl = process.env.DATABASE_URL;
let embedded = false;
if (!serverUrl) {
  embedded = true;
  const port = await freePort();
  log(`no DATABASE_URL: tests run on a throw-away embedded database (port ${port})`);
  serverUrl = await startEmbeddedDatabase(pnpm, join(scratch, "pglite"), port);
}
const dbEnv = embedded
  ? { HEALIO_TEST_DB_MODE: "embedded", DATABASE_URL: serverUrl }
  : { HEALIO_TEST_DB_MODE: "server", TEST_DATABASE_ADMIN_URL: pgAdmin.adminUrl(serverUrl), DATABASE_URL: serverUrl };

const failures = [];
function step(name, fn) {
  const started = Date.now();
  log(`▶ ${name}`);
  try {
    fn();
    log(`✔ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  } catch (error) {
    log(`✘ ${name}: ${error.message}`);
    failures.push(name);
  }
}

try {
  if (!e2eOnly) {
    step("typecheck + lint", () => run(pnpm, ["turbo", "run", "typecheck", "lint", "--continue"], { env: baseEnv }));
    step("unit and integration tests (vitest, real database)", () =>
      run(pnpm, ["turbo", "run", "test", "--continue", embedded ? "--concurrency=1" : "--concurrency=2"], {
        // Concurrency tests queue 100+ orders on small pools of a busy 2-core machine: the app's
        // 3 s fail-fast wait for a connection is tested on its own (reliability/), not here.
        env: { ...baseEnv, ...dbEnv, DATABASE_POOL_TIMEOUT_MS: process.env.DATABASE_POOL_TIMEOUT_MS ?? "30000" },
      }),
    );
  }

  if (!skipE2e) {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
      log(`skipping browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
    } else {
      await runE2e();
    }
  }
} finally {
  await stopAllAndWait();
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  log(`FAILED: ${failures.join(", ")}`);
  process.exit(1);
}
log("all green");
process.exit(0);

async function runE2e() {
  let databaseUrl;
  let dropDatabase = async () => {};
  if (embedded) {
    databaseUrl = serverUrl;
    await pgAdmin.resetSchema(databaseUrl);
  } else {
    ({ url: databaseUrl, drop: dropDatabase } = await pgAdmin.createDatabase(serverUrl, "healio_e2e"));
  }
  const [webPort, adminPort, oidcPort] = [await freePort(), await freePort(), await freePort()];
  // External sign-in: a loopback OpenID Connect provider (oidc-provider, packages/auth/scripts/
  // oidc-test-server.ts) configured like any OIDC issuer, so the sign-in buttons and the whole
  // browser flow are exercised (apps/web/e2e/external-sign-in.spec.ts).
  const oidc = {
    OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
    OIDC_CLIENT_ID: "healio-e2e",
    OIDC_CLIENT_SECRET: "healio-e2e-oidc-secret-0123456789",
    OIDC_PROVIDER_ID: "test-sso",
    OIDC_PROVIDER_NAME: "Test SSO",
  };
  const env = {
    ...baseEnv,
    ...oidc,
    DATABASE_URL: databaseUrl,
    WEB_URL: `http://localhost:${webPort}`,
    ADMIN_URL: `http://localhost:${adminPort}`,
    DEMO_PASSWORD: "e2e-demo-password-42",
    ADMIN_EMAIL: "e2e-admin@healio.test",
    ADMIN_PASSWORD: "e2e-admin-password-42",
    // A run signs up and in more often than the production limits allow per minute.
    AUTH_RATE_LIMIT: "off",
    // The servers' JSON access lines would drown the test output; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // One server process per app unless WEB_CONCURRENCY says otherwise: on this 2-core machine a
    // second process bought no measurable throughput (docs/SCALING.md) and costs start-up time and
    // memory; cluster mode itself is tested by packages/api/reliability/cluster.test.ts.
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1",
  };
  try {
    step("e2e: migrate + seed", () => {
      run(pnpm, ["--filter", "@healio/db", "db:migrate"], { env });
      run(pnpm, ["--filter", "@healio/db", "db:seed"], { env });
      run(pnpm, ["--filter", "@healio/db", "seed:admin"], { env: { ...env, ALLOW_ADMIN_SIGNUP: "true" } });
    });
    const before = failures.length;
    step("e2e: build apps", () =>
      run(pnpm, ["turbo", "run", "build", "--filter=@healio/web", "--filter=@healio/admin"], { env }),
    );
    if (failures.length > before) return;
    // Fault and load tests over HTTP against the fresh production build (packages/api/reliability):
    // they start their own servers and databases, so they run before the e2e servers start.
    if (embedded) log("skipping reliability tests: they need a PostgreSQL server (set DATABASE_URL)");
    else {
      step("reliability: faults and load over HTTP (vitest)", () =>
        run(pnpm, ["--filter", "@healio/api", "test:reliability"], { env: { ...baseEnv, ...dbEnv } }),
      );
    }
    // Up before the apps: Better-Auth reads the provider's discovery document when it starts.
    startTsx("auth", "scripts/oidc-test-server.ts", { env: { ...env, OIDC_TEST_PORT: String(oidcPort) } });
    await waitForHttp(`${oidc.OIDC_ISSUER}/.well-known/openid-configuration`, 60_000);
    startApp("web", "prod", webPort, { env });
    startApp("admin", "prod", adminPort, { env });
    // The job worker runs beside the apps, as in production (scheduled write-off and purge).
    startJobWorker({ env });
    await Promise.all([waitForHttp(env.WEB_URL), waitForHttp(`${env.ADMIN_URL}/sign-in`)]);
    step("e2e: playwright (Debian chromium)", () => run(pnpm, ["exec", "playwright", "test"], { env }));
    // examples/typed-client.ts: signs in and orders through the typed tRPC client over HTTP (bearer token).
    step("e2e: typed client example", () =>
      run(pnpm, ["--filter", "@healio/examples", "typed-client"], {
        env: { ...env, HEALIO_URL: env.WEB_URL, HEALIO_EMAIL: "customer3@healio.test", HEALIO_PASSWORD: env.DEMO_PASSWORD },
      }),
    );
  } finally {
    await stopAllAndWait();
    await dropDatabase();
  }
}
