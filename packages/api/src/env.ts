import { z } from "zod";

/** An IANA time zone name this runtime knows ("UTC", "America/New_York"); PostgreSQL shares the tz database. */
export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const storeTimeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: "STORE_TIME_ZONE must be an IANA time zone name, e.g. UTC or Europe/Berlin" });

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  /** Shared rate-limit counters; "off" = in-process only. Unreachable Redis falls back to in-process. */
  REDIS_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("redis://127.0.0.1:6379")),
  /**
   * Where uploaded prescriptions are stored (outside any web root). Relative paths resolve against
   * the repo root; unset = `<repo root>/.data/uploads`.
   */
  UPLOAD_DIR: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .max(1024)
      .refine((v) => !v.includes("\0"), "UPLOAD_DIR must be a path.")
      .optional(),
  ),
  /** Links in mails: the storefront and the console. */
  WEB_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().default("http://localhost:3000")),
  ADMIN_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().default("http://localhost:3001")),
  /** The store's time zone: analytics day buckets and date ranges ("today", "last 7 days") use it. */
  STORE_TIME_ZONE: z.preprocess((v) => (v === "" ? undefined : v), storeTimeZoneSchema.default("UTC")),
  /** Days idempotency keys and sent outbox rows are kept before the purge job deletes them. */
  JOB_RETENTION_DAYS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(3650).default(30)),
  /** Cron (UTC) of the expired-lot write-off and of the retention purge, run by the job worker. */
  JOB_WRITE_OFF_CRON: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(9).max(100).default("*/10 * * * *")),
  JOB_PURGE_CRON: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(9).max(100).default("17 3 * * *")),
  /** Seconds between the job worker's folds of the analytics rollup deltas (0: the worker never folds). */
  JOB_ROLLUP_FOLD_SECONDS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(3600).default(5)),
  /** Outbox worker: pause between polls when idle, and the first retry delay after a failed send (doubling). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** pino level of the JSON logs (fatal|error|warn|info|debug|trace|silent); unset: silent under test, else info. */
  LOG_LEVEL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  ),
});

/** The only place in @healio/api that reads process.env. */
export const apiEnv = envSchema.parse(process.env);

/** Production hides internal error messages and stacks from clients. */
export const isProduction = apiEnv.NODE_ENV === "production";
