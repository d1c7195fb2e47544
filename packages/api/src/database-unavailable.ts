import { Prisma } from "@healio/db";

/**
 * Driver-adapter error kinds (adapter-pg's convertDriverError) that mean "no usable connection",
 * not "this query is wrong".
 */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

/**
 * Prisma codes of the same family: P1001 cannot reach, P1002 timed out, P1017 server closed the
 * connection, P2024 timed out waiting for a pooled connection. (Not P2028: it also reports misuse of
 * a finished transaction, which is a bug and must stay a 500.)
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

/**
 * SQLSTATEs of a server that is going away or not there yet: 57P01..57P03 (admin shutdown, crash
 * shutdown, "the database system is starting up"), 53300 too many connections, class 08 (connection
 * exceptions).
 */
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|53300|08[0-9A-Z]{3})$/;

/** Socket errors of node-postgres connecting or talking to the server (Node's `code`). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);

/**
 * Messages of node-postgres itself, which carry no code: pg-pool's bounded wait for a connection
 * (connectionTimeoutMillis) and a connection that died under a query.
 */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Can't reach database server/i,
];

function looksUnavailable(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { kind?: unknown; code?: unknown; originalCode?: unknown; message?: unknown };
  if (typeof v.kind === "string" && UNAVAILABLE_KINDS.has(v.kind)) return true;
  for (const code of [v.code, v.originalCode]) {
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || SOCKET_CODES.has(code))) return true;
  }
  if (value instanceof Prisma.PrismaClientKnownRequestError && UNAVAILABLE_PRISMA_CODES.has(value.code)) return true;
  if (value instanceof Prisma.PrismaClientInitializationError) return true;
  return typeof v.message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(v.message as string));
}

/**
 * Does this error (or anything it wraps: `cause`, Prisma's `meta.driverAdapterError`) say that
 * the database could not be used right now? Such failures are the server's condition, not the
 * request's fault: the API answers 503 with Retry-After instead of 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    if (looksUnavailable(current)) return true;
    const c = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(c.cause, c.meta?.driverAdapterError);
  }
  return false;
}
