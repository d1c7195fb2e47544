import { createMigration } from "../src/migrate";
import { requireDatabaseUrl } from "../src/env";

// Usage: DATABASE_URL=postgresql://... pnpm db:new-migration <name>
// Diffs prisma/migrations (replayed on a throw-away shadow database) against schema.prisma.
const name = process.argv[2];
if (!name) {
  console.error("Usage: pnpm db:new-migration <name>");
  process.exit(1);
}
const folder = await createMigration(requireDatabaseUrl(), name);
console.info(folder ? `Wrote ${folder}/migration.sql — review it (destructive changes are not flagged).` : "No schema changes.");
process.exit(0);
