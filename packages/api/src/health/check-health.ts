import { probeDatabase, type DbOrTx } from "@healio/db";
import { AppError } from "../app-error";
import { isDatabaseUnavailable } from "../database-unavailable";
import { serviceUnavailable } from "../errors";

/**
 * "ok": the database answers and the app's pool has room. "degraded": the database answers but
 * every pooled connection is busy (requests are being refused with 503 or are about to be).
 */
export type HealthStatus = { status: "ok" | "degraded"; db: "ok" | "saturated"; time: string };

/**
 * Liveness + database reachability. The database is asked over a side connection
 * (probeDatabase), so this answers while the app's pool is exhausted. An unreachable database is
 * SERVICE_UNAVAILABLE (HTTP 503); other failures stay INTERNAL_SERVER_ERROR.
 */
export async function checkHealth(db: DbOrTx): Promise<HealthStatus> {
  let saturated: boolean;
  try {
    ({ saturated } = await probeDatabase(db));
  } catch (error) {
    if (error instanceof AppError || !isDatabaseUnavailable(error)) throw error;
    throw serviceUnavailable(error);
  }
  return { status: saturated ? "degraded" : "ok", db: saturated ? "saturated" : "ok", time: new Date().toISOString() };
}
