import { randomUUID } from "node:crypto";
import pg from "pg";

/** What a subscriber is told: a notification's payload, or that notifications may have been missed. */
export type NotificationHandler = {
  onNotification(payload: string): void;
  /**
   * After every successful LISTEN (the first one and each one after a reconnect): notifications
   * sent while there was no listening connection are lost, so whatever they would have dropped
   * must be dropped now.
   */
  onResync(): void;
};

export type ListenerState =
  | { state: "listening" }
  | { state: "lost"; error: string; retryInMs: number }
  /** The server takes LISTEN but does not pass other sessions' notifications on (embedded PGlite). */
  | { state: "deaf" };

export type NotificationListener = {
  /** Adds a handler of `channel` (LISTENs on it if it is new); returns a function that removes it. */
  subscribe(channel: string, handler: NotificationHandler): () => void;
  /**
   * Resolves true once every notification of every transaction that committed before this call
   * has been handed to the handlers; false when the connection is down (nothing is known then).
   * A round trip on the listening connection that starts after the call: PostgreSQL sends a
   * listening session its pending notifications before it reports the session idle again, and a
   * commit signals the listeners before its client hears that it committed. Concurrent calls
   * share round trips.
   */
  barrier(): Promise<boolean>;
  close(): Promise<void>;
};

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * One dedicated connection per process and database for PostgreSQL LISTEN (pooled connections
 * cannot listen: a notification reaches only the session that listens, and a pool hands sessions
 * around). When the connection drops (server restart, network), it reconnects with a backoff
 * (250 ms doubling to 10 s) and tells every handler to resync. Its socket and timers are unref'd:
 * a listener never keeps a script alive; a server is kept alive by its HTTP listener anyway.
 */
export function createNotificationListener(connectionString: string, onState?: (s: ListenerState) => void): NotificationListener {
  const handlers = new Map<string, Set<NotificationHandler>>();
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | null = null;
  let connecting: Promise<void> | null = null;
  let deaf = false;
  let barrierWaiters: ((ok: boolean) => void)[] = [];
  let barrierRunning = false;

  async function runBarriers(): Promise<void> {
    barrierRunning = true;
    while (barrierWaiters.length > 0) {
      // Callers that arrive while a round trip is in flight wait for the next one: the one in
      // flight may have been sent before their writer's commit.
      const batch = barrierWaiters;
      barrierWaiters = [];
      const current = client;
      let ok = false;
      if (current && !connecting) {
        try {
          await current.query("SELECT 1");
          ok = client === current;
        } catch {
          ok = false;
        }
      }
      for (const resolve of batch) resolve(ok);
    }
    barrierRunning = false;
  }

  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;
  const each = (fn: (h: NotificationHandler) => void, channels: Iterable<string> = handlers.keys()) => {
    for (const channel of channels) for (const h of handlers.get(channel) ?? []) fn(h);
  };

  function lost(error: unknown, dead: pg.Client): void {
    if (client !== dead) return; // already replaced
    client = null;
    dead.removeAllListeners("notification");
    void dead.end().catch(() => {});
    if (closed) return;
    const wait = retryMs;
    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    onState?.({ state: "lost", error: String((error as Error)?.message ?? error), retryInMs: wait });
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect();
    }, wait);
    retryTimer.unref();
  }

  /**
   * Does `listening` hear a notification another session commits? PostgreSQL's does; the embedded
   * PGlite server (quickstart without DATABASE_URL) accepts LISTEN and delivers a session's own
   * notifications but no one else's, and caches that trusted it would never be dropped.
   */
  async function hearsOtherSessions(listening: pg.Client, channel: string): Promise<boolean> {
    const probe = `healio-listen-check ${randomUUID()}`;
    let heard = false;
    const onProbe = (msg: pg.Notification) => {
      if (msg.payload === probe) heard = true;
    };
    listening.on("notification", onProbe);
    const sender = new pg.Client({ connectionString, application_name: "healio-listen-check" });
    try {
      await sender.connect();
      await sender.query("SELECT pg_notify($1, $2)", [channel, probe]);
    } finally {
      await sender.end().catch(() => {});
    }
    // The barrier (see `barrier`): a committed notification arrives before this answer.
    await listening.query("SELECT 1");
    listening.off("notification", onProbe);
    return heard;
  }

  function connect(): void {
    if (closed || deaf || client || handlers.size === 0) return;
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "healio-listen" });
    next.on("error", (error) => lost(error, next));
    next.on("end", () => lost(new Error("connection ended"), next));
    next.on("notification", (msg) => each((h) => h.onNotification(msg.payload ?? ""), [msg.channel]));
    client = next;
    connecting = (async () => {
      try {
        await next.connect();
        (next as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        for (const channel of handlers.keys()) await next.query(`LISTEN ${quote(channel)}`);
        if (!(await hearsOtherSessions(next, handlers.keys().next().value!))) {
          deaf = true;
          client = null;
          next.removeAllListeners();
          void next.end().catch(() => {});
          onState?.({ state: "deaf" });
          return;
        }
        if (client !== next) return;
        retryMs = FIRST_RETRY_MS;
        onState?.({ state: "listening" });
        each((h) => h.onResync());
      } catch (error) {
        lost(error, next);
      } finally {
        connecting = null;
      }
    })();
  }

  return {
    subscribe(channel, handler) {
      const set = handlers.get(channel) ?? new Set();
      const isNew = !handlers.has(channel);
      set.add(handler);
      handlers.set(channel, set);
      if (!client) connect();
      else if (isNew && !connecting) {
        const current = client;
        current.query(`LISTEN ${quote(channel)}`).then(
          () => handler.onResync(),
          (error: unknown) => lost(error, current),
        );
      }
      // A channel added while connecting is LISTENed by the loop in connect(): it iterates the
      // live map, and nothing runs between the end of that loop and `connecting = null`.
      return () => {
        set.delete(handler);
      };
    },
    barrier() {
      return new Promise<boolean>((resolve) => {
        barrierWaiters.push(resolve);
        if (!barrierRunning) void runBarriers();
      });
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await connecting?.catch(() => {});
      await current?.end().catch(() => {});
    },
  };
}
