// `npm start`: install, start the database (embedded PGlite unless DATABASE_URL is set), migrate,
// seed demo data and the first admin, then serve the storefront (:3000) and console (:3001) and
// start the job worker.
import { join } from "node:path";
import { localSecrets, log, pnpmCommand, root, run, startApp, startEmbeddedDatabase, startJobWorker, waitForHttp } from "./lib.mjs";

const pnpm = pnpmCommand();
log("installing dependencies (pnpm install)…");
run(pnpm, ["install", "--frozen-lockfile"]);

const secrets = localSecrets();
let databaseUrl = process.env.DATABASE_URL;
const embedded = !databaseUrl;
if (!databaseUrl) {
  const dataDir = join(root, ".data", "pglite");
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 5433);
  log(`no DATABASE_URL: starting the embedded database (data in ${dataDir}, port ${port})…`);
  databaseUrl = await startEmbeddedDatabase(pnpm, dataDir, port);
}

const webUrl = process.env.WEB_URL ?? "http://localhost:3000";
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:3001";
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? secrets.betterAuthSecret,
  WEB_URL: webUrl,
  ADMIN_URL: adminUrl,
  DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? secrets.demoPassword,
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // --prod serves each app with scripts/serve.mjs: WEB_CONCURRENCY processes (default half the CPUs, at least one),
  // each with its own pool. The embedded server takes at most 64 connections and runs one
  // transaction at a time anyway, so its pools stay small.
  ...(embedded && !process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: "4" } : {}),
};

log("migrating…");
run(pnpm, ["--filter", "@healio/db", "db:migrate"], { env });
log("seeding demo data…");
run(pnpm, ["--filter", "@healio/db", "db:seed"], { env });
run(pnpm, ["--filter", "@healio/db", "seed:admin"], {
  env: { ...env, ALLOW_ADMIN_SIGNUP: "true", ADMIN_EMAIL: secrets.adminEmail, ADMIN_PASSWORD: secrets.adminPassword },
});

const mode = process.argv.includes("--prod") ? "prod" : "dev";
if (mode === "prod") {
  log("building both apps…");
  run(pnpm, ["turbo", "run", "build", "--filter=@healio/web", "--filter=@healio/admin"], { env });
}
startApp("web", mode, new URL(webUrl).port || 3000, { env });
startApp("admin", mode, new URL(adminUrl).port || 3001, { env });
// Scheduled work (expired-lot write-off, retention purge) runs in its own process, on pg-boss.
startJobWorker({ env });

await Promise.all([waitForHttp(webUrl), waitForHttp(`${adminUrl}/sign-in`)]);
log(`
  Storefront  ${webUrl}
  Console     ${adminUrl}

  Demo logins (password for all demo users: ${env.DEMO_PASSWORD})
    customer  customer1@healio.test
    seller    seller1@healio.test
    admin     ${secrets.adminEmail} / ${secrets.adminPassword}
  (credentials are kept in .data/local-secrets.json; emails land in .data/outbox unless SMTP_URL is set)

  Ctrl+C stops everything.`);
await new Promise(() => {});
