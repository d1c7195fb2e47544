import { applyMigrations } from "../src/migrate";
import { requireDatabaseUrl } from "../src/env";

const started = performance.now();
const applied = await applyMigrations(requireDatabaseUrl());
const ms = Math.round(performance.now() - started);
console.info(
  applied.length
    ? `Applied ${applied.length} migration(s) in ${ms} ms:\n  ${applied.join("\n  ")}`
    : `Database is up to date (${ms} ms).`,
);
// The wasm engine keeps its connection pool open; nothing else is left to do.
process.exit(0);
