import "server-only";
import { z } from "zod";

/**
 * The environment both Next apps read (each app's src/env.ts re-exports it). DATABASE_URL is
 * optional here so that `next build` works without a database; @healio/db fails loudly when a
 * request needs it.
 */
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  WEB_URL: z.string().url().default("http://localhost:3000"),
  ADMIN_URL: z.string().url().default("http://localhost:3001"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Set by Next: "phase-production-build" while `next build` runs (no background work then). */
  NEXT_PHASE: z.string().optional(),
});

export const env = envSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  WEB_URL: process.env.WEB_URL || undefined,
  ADMIN_URL: process.env.ADMIN_URL || undefined,
  NODE_ENV: process.env.NODE_ENV || undefined,
  NEXT_PHASE: process.env.NEXT_PHASE || undefined,
});
