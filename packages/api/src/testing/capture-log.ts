import type { DestinationStream } from "pino";
import { createLogger, type Logger } from "../observability/logger";

export type LogLine = Record<string, unknown> & { level: string; msg: string };

/** A real pino logger whose JSON lines are parsed into `lines` (tests assert on what was logged). */
export function captureLog(level = "debug"): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) };
  return { logger: createLogger(stream, level), lines };
}
