import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyMigrations } from "@healio/db/migrate";
import { seedStatements, type Scale } from "./seed-sql";

/** The PostgreSQL server of DATABASE_URL (the bench creates its own database there), else the local one. */
function urlFor(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether the bench database already holds data of this scale (seeding is then skipped). */
async function seededScale(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ scale: string }>(`SELECT scale FROM bench_meta LIMIT 1`);
    return rows[0]?.scale ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The bench's own database: dropped, created, migrated and seeded (unless `reuse` and it already
 * holds this scale). Returns its URL and the seconds each seed step took.
 */
export async function prepareDatabase(
  name: string,
  scale: Scale,
  opts: { reuse: boolean; log: (line: string) => void },
): Promise<{ url: string; seedSeconds: Record<string, number> | null }> {
  const url = urlFor(name);
  const key = JSON.stringify(scale);
  if (opts.reuse && (await seededScale(url)) === key) {
    opts.log(`reusing seeded database ${name}`);
    await applyMigrations(url); // migrations that landed since it was seeded
    await vacuumWrittenTables(url, opts.log);
    return { url, seedSeconds: null };
  }
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seedSeconds: Record<string, number> = {};
  try {
    const started = performance.now();
    // Bulk load without secondary indexes (GIN trigram/full-text above all), then build each in
    // one sorted pass: several times faster than maintaining them row by row.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(`
      SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public'
        AND i.tablename IN ('Medicine', 'Order', 'OrderItem', 'OrderStatusEvent', 'StockMovement')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
        AND i.indexdef NOT LIKE 'CREATE UNIQUE%'`);
    for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
    for (const step of seedStatements(scale)) {
      const t0 = performance.now();
      await client.query(step.sql);
      seedSeconds[step.label] = Number(((performance.now() - t0) / 1000).toFixed(1));
      opts.log(`  seeded ${step.label} in ${seedSeconds[step.label]} s`);
    }
    let t0 = performance.now();
    for (const ix of indexes) await client.query(ix.indexdef);
    seedSeconds[`${indexes.length} secondary indexes`] = Number(((performance.now() - t0) / 1000).toFixed(1));
    t0 = performance.now();
    // The machine's PostgreSQL runs with autovacuum off: without this, plans use empty statistics.
    await client.query("VACUUM ANALYZE");
    seedSeconds["vacuum analyze"] = Number(((performance.now() - t0) / 1000).toFixed(1));
    seedSeconds.total = Number(((performance.now() - started) / 1000).toFixed(1));
    await client.query("CREATE TABLE bench_meta (scale text NOT NULL)");
    await client.query(`INSERT INTO bench_meta VALUES ($1)`, [key]);
  } finally {
    await client.end();
  }
  return { url, seedSeconds };
}

/**
 * Tables an earlier run's load wrote to. Autovacuum is off on this machine: without this, each
 * --reuse run starts with the dead rows of the runs before (83k in EmailOutbox once), and
 * checkout and catalogue figures fall from run to run for no reason in the code.
 */
const WRITTEN_BY_LOAD = ["Medicine", "Batch", "StockMovement", "CartItem", "Order", "OrderItem", "OrderItemBatch", "OrderStatusEvent", "IdempotencyKey", "EmailOutbox", "AuditLog", "SaleItem", "session"];

async function vacuumWrittenTables(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    await client.query(`VACUUM (ANALYZE) ${WRITTEN_BY_LOAD.map((t) => `"${t}"`).join(", ")}`);
    log(`vacuumed the tables earlier runs wrote to in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
