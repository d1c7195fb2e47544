import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { lastEnginePanic, openSchemaEngine } from "./engine";

async function withPanicMessage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const panic = lastEnginePanic();
    if (panic) throw new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
    throw error;
  }
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = join(packageRoot, "prisma", "schema.prisma");
export const migrationsDir = join(packageRoot, "prisma", "migrations");

export function loadMigrations(dir = migrationsDir): MigrationList {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  } as MigrationList;
}

/** Equivalent of `prisma migrate deploy`: applies pending migrations, returns their names. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaPath);
  try {
    const result = await withPanicMessage(
      engine.applyMigrations({ migrationsList: loadMigrations(), filters: { externalTables: [], externalEnums: [] } }),
    );
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * Equivalent of `prisma migrate dev --create-only`: diffs the committed migrations (replayed on a
 * temporary shadow database) against schema.prisma and writes the SQL as a new migration folder.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaPath);
  try {
    const result = await withPanicMessage(engine.diff({
      from: { tag: "migrations", ...loadMigrations() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    }));
    const sql = result.stdout ?? "";
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) return null;
    const stamp = new Date().toISOString().replace(/[-:TZ.]/g, "").slice(0, 14);
    const folder = join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), sql);
    return folder;
  } finally {
    await close();
  }
}
