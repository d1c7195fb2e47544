import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Server on which tests create their own databases (defaults to DATABASE_URL's server). */
  TEST_DATABASE_ADMIN_URL: z.string().url().optional(),
  /** "embedded": tests share the single PGlite database and reset it instead of creating one. */
  HEALIO_TEST_DB_MODE: z.enum(["server", "embedded"]).default("server"),
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
