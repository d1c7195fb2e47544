import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL without installing PostgreSQL: PGlite (Postgres compiled to WebAssembly) with its data
 * kept on disk, served over the Postgres wire protocol so Prisma/pg connect as to any server.
 * It runs as its own process because PGlite is single-process and Next runs several.
 * Note: the socket server serialises transactions across connections.
 */
export async function startEmbeddedServer(options: { dataDir: string; port: number; host?: string }): Promise<EmbeddedServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  const host = options.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: 64 });
  await server.start();
  return {
    url: `postgresql://postgres@${host}:${options.port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
