import { pino, type DestinationStream, type Logger } from "pino";
import { apiEnv } from "../env";

export type { Logger } from "pino";

/**
 * Quiet under vitest (NODE_ENV=test) unless LOG_LEVEL says otherwise; servers log from "info".
 * Tests that assert on log lines build their own logger over a capturing stream (createLogger).
 */
export function defaultLogLevel(env: { LOG_LEVEL?: string | undefined; NODE_ENV?: string | undefined } = apiEnv): string {
  return env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");
}

/**
 * One JSON object per line: `time` in ISO, `level` as a name (log shippers need no lookup table),
 * errors under `err` with type, message and stack (the stack stays in the log, never in a response).
 */
export function createLogger(destination?: DestinationStream, level: string = defaultLogLevel()): Logger {
  const options = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
  };
  // Synchronous writes to stdout: lines keep their order across loggers and are not lost when the
  // process exits or crashes right after logging (one write per line is cheap at our rates).
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

const state = globalThis as unknown as { healioLogger?: Logger };

/** The process-wide root logger (one per process, kept across Next's module reloads). */
export function rootLogger(): Logger {
  state.healioLogger ??= createLogger();
  return state.healioLogger;
}
