// The job worker process: `pnpm --filter @healio/api worker` (started by `npm start` and by the
// e2e run in scripts/test.mjs). Runs until SIGINT/SIGTERM, then lets running jobs finish.
import { getDb, requireDatabaseUrl } from "@healio/db";
import { apiEnv } from "../env";
import { rootLogger } from "../observability/logger";
import { startJobWorker } from "./worker";

const log = rootLogger().child({ component: "jobs" });
const worker = await startJobWorker({
  db: getDb(),
  databaseUrl: requireDatabaseUrl(),
  retentionDays: apiEnv.JOB_RETENTION_DAYS,
  writeOffCron: apiEnv.JOB_WRITE_OFF_CRON,
  purgeCron: apiEnv.JOB_PURGE_CRON,
  rollupFoldSeconds: apiEnv.JOB_ROLLUP_FOLD_SECONDS,
  log,
});
// The first write-off runs at start: lots that expired while no worker ran are taken off at once.
await worker.runNow("batches.write-off-expired");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "job worker stopping");
    void worker.stop().then(() => process.exit(0));
  });
}
