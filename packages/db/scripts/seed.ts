// `pnpm db:seed`: demo catalogue, sellers, customers, orders and reviews (idempotent).
// Env: DATABASE_URL (required), DEMO_PASSWORD (optional; a random one is generated and printed).
// Exit codes: 0 seeded (or already seeded), 1 seeding failed, 2 invalid configuration.
import { randomBytes } from "node:crypto";
import { createDb } from "../src/client";
import { requireDatabaseUrl } from "../src/env";
import { createStreamSeedLog, passwordSchema, SeedError, seedDemoData } from "../src/seed";

function fail(code: number, message: string): never {
  console.error(`db:seed: ${message}`);
  process.exit(code);
}

let url: string;
try {
  url = requireDatabaseUrl();
} catch (error) {
  fail(2, (error as Error).message);
}

const fromEnv = process.env.DEMO_PASSWORD;
if (fromEnv !== undefined && fromEnv !== "" && !passwordSchema.safeParse(fromEnv).success) {
  fail(2, "DEMO_PASSWORD must be 8 to 128 characters long.");
}
const generated = !fromEnv;
const password = fromEnv || randomBytes(12).toString("base64url");

const db = createDb({ url, max: 2 });
let exitCode = 0;
try {
  const result = await seedDemoData(db, { password, log: createStreamSeedLog(process.stdout) });
  const { total, inserted } = result;

  console.info(`\nDemo data ready in ${(result.durationMs / 1000).toFixed(1)} s:`);
  for (const [table, count] of Object.entries(total)) {
    const added = inserted[table as keyof typeof inserted];
    console.info(`  ${table.padEnd(18)} ${String(count).padStart(5)}  (${added} new)`);
  }

  console.info("\nDemo logins:");
  for (const login of result.logins) {
    const note = login.note ? ` (${login.note})` : "";
    console.info(`  ${login.role.toLowerCase().padEnd(9)} ${login.email.padEnd(28)} ${login.name}${note}`);
  }
  if (inserted.accounts === 0) {
    console.info("  All demo users already existed: their passwords were left unchanged.");
  } else if (inserted.accounts < total.accounts) {
    console.info("  Only newly created demo users got the password below; existing ones keep theirs.");
  }
  if (inserted.accounts > 0) {
    if (generated) {
      const banner = "=".repeat(60);
      console.info(
        [`\n${banner}`, "  DEMO_PASSWORD was not set. Generated demo password:", "", `    ${password}`, "",
          "  Set DEMO_PASSWORD to choose your own next time.", banner].join("\n"),
      );
    } else {
      console.info("  Password: the value of DEMO_PASSWORD.");
    }
  }
} catch (error) {
  exitCode = 1;
  // SeedError messages are written for the operator; anything else gets its stack for debugging.
  console.error(`\ndb:seed: ${error instanceof SeedError ? error.message : ((error as Error).stack ?? String(error))}`);
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
