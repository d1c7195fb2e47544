import { createConnection, createServer, type Server, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** Drops every open connection and refuses new ones (the database "goes away"). */
  cut(): Promise<void>;
  /** Accepts connections again on the same port (the database is "back"). */
  restore(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP proxy on loopback in front of the real PostgreSQL. We may not restart the machine's
 * shared cluster from a test, and what the app sees of a restart is exactly this: every open
 * connection drops (the server rolls back their open transactions), new connections are refused
 * for a while, then accepted again. `replyDelayMs` holds back what the server sends (in order):
 * a slow link, or a notification that is late.
 */
export async function startTcpProxy(targetHost: string, targetPort: number, options: { replyDelayMs?: number } = {}): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection({ host: targetHost, port: targetPort });
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        const delay = options.replyDelayMs ?? 0;
        if (delay === 0) upstream.pipe(client);
        // Timers of one duration fire in the order they were set: the byte stream keeps its order.
        else upstream.on("data", (chunk) => setTimeout(() => client.writable && client.write(chunk), delay));
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = undefined;
      for (const socket of sockets) socket.destroy();
      if (!s) return resolve();
      s.close(() => resolve());
    });

  await listen();
  return {
    get port() {
      return port;
    },
    cut: stopListening,
    restore: listen,
    close: stopListening,
  };
}
