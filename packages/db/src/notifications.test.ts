import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "./embedded/server";
import { createNotificationListener, type ListenerState } from "./notifications";
import { createTestDatabase } from "./testing";

/** Resolves with the listener's first state report other than none. */
function firstState(connectionString: string, onPayload: (p: string) => void) {
  let report: (s: ListenerState) => void = () => {};
  const state = new Promise<ListenerState>((resolve) => (report = resolve));
  const listener = createNotificationListener(connectionString, (s) => report(s));
  listener.subscribe("healio_test", { onNotification: onPayload, onResync: () => {} });
  return { listener, state };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("the notification listener", () => {
  // `npm test` without DATABASE_URL runs every suite on the embedded server: no PostgreSQL to ask then.
  it.skipIf(process.env.HEALIO_TEST_DB_MODE === "embedded")("on PostgreSQL: listens, and once its barrier resolves, a notification committed before it was handed over", async () => {
    const t = await createTestDatabase();
    cleanups.push(() => t.drop());
    const heard: string[] = [];
    const { listener, state } = firstState(t.url, (p) => heard.push(p));
    cleanups.push(() => listener.close());
    expect(await state).toEqual({ state: "listening" });
    const writer = new pg.Client({ connectionString: t.url });
    await writer.connect();
    cleanups.push(() => writer.end());
    for (let round = 0; round < 20; round++) {
      await writer.query("SELECT pg_notify('healio_test', $1)", [`change ${round}`]);
      expect(await listener.barrier()).toBe(true);
      expect(heard.at(-1)).toBe(`change ${round}`);
    }
  });

  it("on the embedded PGlite server (quickstart without DATABASE_URL): reports itself deaf, and its barrier says so", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "healio-pglite-"));
    const server = await startEmbeddedServer({ dataDir, port: await freePort() });
    cleanups.push(async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const { listener, state } = firstState(server.url, () => {});
    cleanups.push(() => listener.close());
    // PGlite takes LISTEN, but another session's NOTIFY never reaches it: caches must not trust it.
    expect(await state).toEqual({ state: "deaf" });
    expect(await listener.barrier()).toBe(false);
  });
});
