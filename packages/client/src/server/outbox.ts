import "server-only";
import { apiEnv } from "@healio/api/env";
import { rootLogger } from "@healio/api/observability/logger";
import { startOutboxWorker } from "@healio/api/outbox/outbox-worker";
import { getDb } from "@healio/db";
import { getMailer } from "@healio/mail";
import { env } from "./env";

const state = globalThis as unknown as { healioOutboxWorker?: () => Promise<void> };

/**
 * Sends the order e-mails queued in the outbox (after commit, with retries). Started once per
 * server process from instrumentation.ts; both apps run one, which is safe: rows are claimed with
 * FOR UPDATE SKIP LOCKED. Not during `next build`, and not without a database.
 */
export function startMailOutbox(): void {
  if (env.NEXT_PHASE === "phase-production-build" || !env.DATABASE_URL) return;
  if (state.healioOutboxWorker) return;
  state.healioOutboxWorker = startOutboxWorker(getDb(), getMailer(), {
    intervalMs: apiEnv.OUTBOX_POLL_MS,
    baseDelayMs: apiEnv.OUTBOX_RETRY_BASE_MS,
  });
  rootLogger().info({ component: "outbox" }, "mail worker started");
}

/** Stops the worker: resolves once the round in progress (if any) has finished. */
export async function stopMailOutbox(): Promise<void> {
  const stop = state.healioOutboxWorker;
  if (!stop) return;
  delete state.healioOutboxWorker;
  await stop();
}
