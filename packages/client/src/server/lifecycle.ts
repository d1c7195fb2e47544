import "server-only";
import { onShutdown } from "@healio/api/lifecycle/shutdown";
import { closeDefaultDb } from "@healio/db";
import { startMailOutbox, stopMailOutbox } from "./outbox";

/**
 * Called once per server process from each app's instrumentation.ts: starts the mail outbox
 * worker and registers the graceful-stop steps the launcher (scripts/serve.mjs) runs on SIGTERM
 * once the HTTP server has finished its in-flight requests: let the outbox round in progress
 * finish, then close the connection pool.
 */
export function startServerProcess(): void {
  startMailOutbox();
  onShutdown("outbox worker", stopMailOutbox, 0);
  onShutdown("database pool", closeDefaultDb, 10);
}
