import type { Db } from "@healio/db";
import type { Mailer } from "@healio/mail";
import { randomUUID } from "node:crypto";
import { rootLogger, type Logger } from "../observability/logger";
import { runWithRequestId } from "../observability/request-context";
import { deliverPendingMail, type DeliverOptions } from "./deliver-pending-mail";

export interface OutboxWorkerOptions extends Omit<DeliverOptions, "now"> {
  /** Pause between polls when there was nothing (more) to send. */
  intervalMs?: number;
  /** Called with any error of a round (default: logged at "error"); the worker keeps running. */
  onError?: (error: unknown) => void;
  /** Default: the process-wide JSON logger. */
  logger?: Logger;
}

/**
 * Polls the outbox in the background: after a full batch it goes again at once (draining a
 * backlog), otherwise it waits `intervalMs`. Rounds never overlap. Returns `stop()`, which resolves
 * once the round in progress (if any) has finished. The timer does not keep the process alive.
 */
export function startOutboxWorker(db: Db, mailer: Mailer, options: OutboxWorkerOptions = {}): () => Promise<void> {
  const { intervalMs = 5_000, logger = rootLogger(), onError, ...deliver } = options;
  const log = logger.child({ component: "outbox" });
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

  // Each round is a unit of work with its own id on every line it logs (like a request); rounds
  // that find nothing to send log nothing.
  const round = async () => {
    let full = false;
    await runWithRequestId(`outbox-${randomUUID()}`, log, async (roundLog) => {
      try {
        const result = await deliverPendingMail(db, mailer, { ...deliver, batchSize });
        full = result.claimed >= batchSize;
        if (result.claimed > 0) roundLog.info(result, "outbox round");
      } catch (error) {
        if (onError) onError(error);
        else roundLog.error({ err: error }, "outbox round failed");
      }
    });
    schedule(full ? 0 : intervalMs);
  };

  schedule(0);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
