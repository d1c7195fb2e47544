import { resolve } from "node:path";
import { startEmbeddedServer } from "../src/embedded/server";

// Usage: tsx scripts/embedded-server.ts <dataDir> <port>
// Prints "ready <url>" once it accepts connections (the quickstart and test scripts wait for it).
const dataDir = resolve(process.argv[2] ?? "../../.data/pglite");
const port = Number(process.argv[3] ?? 5433);
const server = await startEmbeddedServer({ dataDir, port });
console.info(`ready ${server.url}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
