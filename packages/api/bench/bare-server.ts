/**
 * R1 baseline: a bare Node `http` server with a `pg` pool (same size as the app's) that answers
 * each route by running the statements the app itself sent for that request (captured through
 * Prisma's query events, see capture.ts): same SQL text, same values, same order. No framework,
 * no ORM, no auth, no validation: the ceiling the app is measured against.
 *
 *   tsx bench/bare-server.ts <port> <database url> <routes.json>
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";
import { APP_SESSION_OPTIONS } from "@healio/db";
import type { Statement } from "./capture";
import { namedQuery } from "./named-query";

const [portArg, url, routesFile] = process.argv.slice(2);
const routes = JSON.parse(readFileSync(routesFile!, "utf8")) as Record<string, Statement[]>;
// The app pool's session settings, so the baseline runs the identical statements under the identical plan.
const pool = new pg.Pool({ connectionString: url, max: 10, options: APP_SESSION_OPTIONS });

const server = http.createServer((req, res) => {
  const statements = routes[req.url ?? ""];
  if (!statements) {
    res.writeHead(req.url === "/health" ? 200 : 404).end();
    return;
  }
  void (async () => {
    try {
      let rows: unknown[] = [];
      for (const s of statements) rows = (await pool.query(namedQuery(s))).rows; // named, as the app sends them
      const body = JSON.stringify(rows);
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  })();
});
server.listen(Number(portArg), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void pool.end();
});
