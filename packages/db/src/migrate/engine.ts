import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as WasmBindingsModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import { dbEnv } from "../env";

/**
 * Prisma's native schema-engine binary cannot be downloaded on our machines, so migrations run
 * through the same engine compiled to WebAssembly (@prisma/schema-engine-wasm), talking to the
 * database through @prisma/adapter-pg. See ../../../shared/TOOLCHAIN.md ("Prisma offline").
 */

type WasmBindings = typeof WasmBindingsModule;

let bindingsPromise: Promise<WasmBindings> | undefined;

/** On Node 20 the .wasm ES-module import does not work, so instantiate it by hand (once). */
function loadBindings(): Promise<WasmBindings> {
  bindingsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const module = new WebAssembly.Module(readFileSync(join(dirname(bgPath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
    return bg;
  })();
  return bindingsPromise;
}

export interface PgTarget {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
}

export function parseDatabaseUrl(url: string): PgTarget {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || "127.0.0.1",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
  };
}

/**
 * adapter-pg 7.10 cannot deserialize Postgres' internal `"char"` type (OID 18), which the engine's
 * introspection returns (e.g. pg_constraint.contype), while the engine expects those columns as
 * the driver-adapter `Character` type. So: let pg treat OID 18 as text, then report those columns
 * as `Character` (ColumnTypeEnum.Character = 6). Patched once on the shared queryable prototype.
 */
const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6;
let charPatched = false;
type Queryable = {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  healioCharColumns?: number[];
};
function patchInternalCharType(adapter: object): void {
  if (charPatched) return;
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) return;
  const holder = proto as Queryable;
  const performIO = holder.performIO;
  const queryRaw = holder.queryRaw;
  holder.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_INTERNAL_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      }
    });
    this.healioCharColumns = charColumns;
    return result;
  };
  holder.queryRaw = async function (this: Queryable, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const index of this.healioCharColumns ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  charPatched = true;
}

/**
 * adapter-pg 7.10's executeScript splits a migration on every ";" — also inside `$$ ... $$`
 * function bodies (and comments), so a hand-written trigger function cannot be applied. A script
 * with dollar quoting is sent whole instead (one simple-query message, which Postgres runs as one
 * implicit transaction), as the native engine would. Other scripts keep the adapter's behaviour.
 */
type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};
function keepDollarQuotedScriptsWhole(adapter: object): void {
  const runner = adapter as ScriptRunner;
  const split = runner.executeScript.bind(runner);
  runner.executeScript = async (script: string) => {
    if (!script.includes("$$")) return split(script);
    try {
      await runner.client.query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
}

async function adminQuery(target: PgTarget, sql: string): Promise<void> {
  const client = new pg.Client({ ...target, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Our own adapter factory instead of PrismaPg's: its connectToShadowDb lets `connectionString`
 * win over the shadow database name (so the "shadow" is the real database) and drops the shadow
 * database before closing its pool. We pass discrete settings and manage the shadow ourselves.
 */
function createAdapterFactory(target: PgTarget, shadows: Set<string>) {
  const connectTo = async (database: string) => {
    // Short idle timeout: the engine never disposes its main pool, which would keep the process alive.
    const adapter = await new PrismaPg({ ...target, database, max: 2, idleTimeoutMillis: 200 }).connect();
    patchInternalCharType(adapter);
    keepDollarQuotedScriptsWhole(adapter);
    return adapter;
  };
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(target.database),
    connectToShadowDb: async () => {
      const shadow = `healio_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await adminQuery(target, `CREATE DATABASE "${shadow}"`);
      // The engine does not always dispose the shadow adapter; EngineHandle.close() drops leftovers.
      shadows.add(shadow);
      const adapter = await connectTo(shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(target, `DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
        shadows.delete(shadow);
      };
      return adapter;
    },
  };
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** The wasm engine reports Rust panics through this global before throwing "unreachable". */
const panicRegistry = { lastMessage: "", set_message(message: string) { this.lastMessage = message; } };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

export function lastEnginePanic(): string {
  return panicRegistry.lastMessage;
}

export async function openSchemaEngine(databaseUrl: string, schemaPath: string): Promise<EngineHandle> {
  const bg = await loadBindings();
  const target = parseDatabaseUrl(databaseUrl);
  const shadows = new Set<string>();
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(target, shadows) as never);
  const log = (message: string) => {
    if (dbEnv.HEALIO_MIGRATE_DEBUG) console.debug("[schema-engine]", message);
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] },
    log,
    factory,
  );
  return {
    engine,
    close: async () => {
      engine.free();
      for (const shadow of shadows) await adminQuery(target, `DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
      shadows.clear();
    },
  };
}
