import PgBoss from "pg-boss";
import type { Db } from "@healio/db";
import type { Logger } from "../observability/logger";
import { foldRollupDeltas } from "../analytics/rollup-fold";
import { purgeOldRecords } from "./purge-retention";
import { writeOffExpiredBatches } from "./write-off-expired";

/** The scheduled jobs and what each runs (plain functions over the db, unit-tested on their own). */
export const JOBS = {
  writeOffExpired: "batches.write-off-expired",
  purgeRetention: "maintenance.purge-retention",
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface JobWorkerOptions {
  db: Db;
  /** pg-boss keeps its own tables (schema `pgboss`) in the same database. */
  databaseUrl: string;
  retentionDays: number;
  writeOffCron: string;
  purgeCron: string;
  log: Logger;
  /** Seconds between folds of the analytics rollup deltas (analytics/rollup-fold.ts); 0: never. */
  rollupFoldSeconds?: number;
  /** How often a worker looks for due jobs (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
}

export interface JobWorker {
  boss: PgBoss;
  /** Queues one run now (the same path a cron tick takes); resolves with the job id. */
  runNow(name: JobName): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * The job worker: its own process (jobs/main.ts, started by `npm start` and the test run), never a
 * request. pg-boss stores schedules and jobs in PostgreSQL, so several workers can run side by
 * side: each cron tick becomes one job, and each job is fetched by one worker (SKIP LOCKED).
 * Failed runs are retried by pg-boss (retryLimit) and logged.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const { db, log } = options;
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 4, application_name: "healio-jobs" });
  boss.on("error", (error: Error) => log.error({ err: error }, "job queue error"));
  await boss.start();

  const handlers: Record<JobName, () => Promise<unknown>> = {
    [JOBS.writeOffExpired]: () => writeOffExpiredBatches(db),
    [JOBS.purgeRetention]: () => purgeOldRecords(db, { retentionDays: options.retentionDays }),
  };
  const crons: Record<JobName, string> = {
    [JOBS.writeOffExpired]: options.writeOffCron,
    [JOBS.purgeRetention]: options.purgeCron,
  };
  for (const name of Object.values(JOBS)) {
    await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 30, retryBackoff: true });
    await boss.schedule(name, crons[name], {}, { tz: "UTC" });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) {
        const started = Date.now();
        try {
          const result = await handlers[name]();
          log.info({ job: name, jobId: job.id, result, ms: Date.now() - started }, "job done");
        } catch (error) {
          log.error({ job: name, jobId: job.id, err: error }, "job failed");
          throw error;
        }
      }
    });
  }
  const folder = startRollupFolder(db, log, options.rollupFoldSeconds ?? 5);
  log.info({ schedules: crons, rollupFoldSeconds: options.rollupFoldSeconds ?? 5 }, "job worker started");
  return {
    boss,
    runNow: (name) => boss.send(name, {}),
    stop: async () => {
      await folder.stop();
      await boss.stop({ graceful: true, wait: true });
    },
  };
}

/**
 * The rollup-delta fold on a timer, not a pg-boss cron: cron ticks are a minute apart, and the
 * deltas should stay a few seconds' worth. Several workers may fold: healio_rollup_fold()
 * serialises them (the second one finds little left). A failed fold is logged and tried again.
 */
function startRollupFolder(db: Db, log: Logger, seconds: number): { stop(): Promise<void> } {
  if (seconds <= 0) return { stop: async () => {} };
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      const started = Date.now();
      try {
        const folded = await foldRollupDeltas(db);
        if (folded > 0) log.debug({ job: "analytics.rollup-fold", folded, ms: Date.now() - started }, "job done");
      } catch (error) {
        log.error({ job: "analytics.rollup-fold", err: error }, "job failed");
      }
    });
  }, seconds * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
