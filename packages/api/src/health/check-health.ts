import type { DbOrTx } from "@healio/db";

export type HealthStatus = { status: "ok"; db: "ok"; time: string };

/** Liveness + database reachability. A failing database surfaces as INTERNAL_SERVER_ERROR (HTTP 500). */
export async function checkHealth(db: DbOrTx): Promise<HealthStatus> {
  await db.$queryRaw`SELECT 1`;
  return { status: "ok", db: "ok", time: new Date().toISOString() };
}
