// Database administration for the test script, through the `pg` package that pnpm installed.
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { root } from "./lib.mjs";

const requireFromDb = createRequire(join(root, "packages", "db", "package.json"));

async function withClient(url, fn) {
  const { Client } = requireFromDb("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function adminUrl(serverUrl) {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  return url.toString();
}

async function createDatabase(serverUrl, prefix) {
  const admin = adminUrl(serverUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function resetSchema(url) {
  await withClient(url, (c) => c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
}

export default { adminUrl, createDatabase, resetSchema };
