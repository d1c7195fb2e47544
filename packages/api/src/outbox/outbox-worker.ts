import type { Db } from "@healio/db";
import type { Mailer } from "@healio/mail";
import { deliverPendingMail, type DeliverOptions } from "./deliver-pending-mail";

export interface OutboxWorkerOptions extends Omit<DeliverOptions, "now"> {
  /** Pause between polls when there was nothing (more) to send. */
  intervalMs?: number;
  /** Called with any error of a round (default: console.error); the worker keeps running. */
  onError?: (error: unknown) => void;
}

/**
 * Polls the outbox in the background: after a full batch it goes again at once (draining a
 * backlog), otherwise it waits `intervalMs`. Rounds never overlap. Returns `stop()`, which resolves
 * once the round in progress (if any) has finished. The timer does not keep the process alive.
 */
export function startOutboxWorker(db: Db, mailer: Mailer, options: OutboxWorkerOptions = {}): () => Promise<void> {
  const { intervalMs = 5_000, onError = (e: unknown) => console.error("[outbox] delivery round failed", e), ...deliver } =
    options;
  const batchSize = deliver.batchSize ?? 20;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round();
    }, delay);
    timer.unref?.();
  };

  const round = async () => {
    let full = false;
    try {
      const result = await deliverPendingMail(db, mailer, { ...deliver, batchSize });
      full = result.claimed >= batchSize;
    } catch (error) {
      onError(error);
    }
    schedule(full ? 0 : intervalMs);
  };

  schedule(0);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
