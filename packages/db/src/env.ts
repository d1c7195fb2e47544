import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Server on which tests create their own databases (defaults to DATABASE_URL's server). */
  TEST_DATABASE_ADMIN_URL: z.string().url().optional(),
  /** "embedded": tests share the single PGlite database and reset it instead of creating one. */
  HEALIO_TEST_DB_MODE: z.enum(["server", "embedded"]).default("server"),
  /** Connections per process in the app's pool (default 10). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).optional(),
  /**
   * Longest a request waits for a free pooled connection (or for a new connection to open), in ms.
   * Past it the query fails and the API answers 503 at once instead of queueing without bound.
   */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).optional(),
  /** Print the schema engine's log lines while migrating. */
  HEALIO_MIGRATE_DEBUG: z.string().optional(),
});

/** The only place in @healio/db that reads process.env. */
export const dbEnv = envSchema.parse(process.env);

export function requireDatabaseUrl(): string {
  if (!dbEnv.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Run `npm start` (it starts the embedded database) or point DATABASE_URL at PostgreSQL.",
    );
  }
  return dbEnv.DATABASE_URL;
}
