// `pnpm seed:admin`: create the first admin, or promote an existing user (idempotent).
// Env: ALLOW_ADMIN_SIGNUP=true (required), DATABASE_URL, ADMIN_EMAIL, ADMIN_PASSWORD (prompted for
// on a terminal when unset).
// Exit codes: 0 admin exists, 1 refused (ALLOW_ADMIN_SIGNUP not "true"), 2 missing or invalid
// input, 3 database or other failure.
import { createInterface } from "node:readline/promises";
import { createDb } from "../src/client";
import { requireDatabaseUrl } from "../src/env";
import { SeedError, seedAdmin } from "../src/seed";

const EXIT = { refused: 1, invalid: 2, failed: 3 } as const;

function fail(code: number, message: string): never {
  console.error(`seed:admin: ${message}`);
  process.exit(code);
}

if (process.env.ALLOW_ADMIN_SIGNUP !== "true") {
  fail(
    EXIT.refused,
    "refusing to create an admin account. Set ALLOW_ADMIN_SIGNUP=true to allow it (and unset it afterwards).",
  );
}

let url: string;
try {
  url = requireDatabaseUrl();
} catch (error) {
  fail(EXIT.invalid, (error as Error).message);
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Reads a line without echoing it (raw mode); Ctrl+C aborts. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  return new Promise((resolve) => {
    let value = "";
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (char === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          fail(EXIT.invalid, "aborted.");
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

let email = process.env.ADMIN_EMAIL?.trim() ?? "";
let password = process.env.ADMIN_PASSWORD ?? "";
if (!email || !password) {
  if (!process.stdin.isTTY) {
    fail(EXIT.invalid, "ADMIN_EMAIL and ADMIN_PASSWORD must be set (no terminal to prompt on).");
  }
  if (!email) email = await ask("Admin e-mail: ");
  if (!password) {
    password = await askHidden("Admin password (8-128 characters, not shown): ");
    if (password !== (await askHidden("Repeat the password: "))) fail(EXIT.invalid, "the passwords do not match.");
  }
}

const db = createDb({ url, max: 2 });
let exitCode = 0;
try {
  const result = await seedAdmin(db, { email, password, allow: true });
  if (result.created) console.info(`Created admin ${result.email} (user ${result.userId}).`);
  else if (result.promoted) console.info(`Promoted existing user ${result.email} to admin.`);
  else console.info(`${result.email} is already an admin; nothing to do.`);
  if (!result.created && result.credentialCreated) console.info("Added an e-mail/password sign-in with the given password.");
  if (!result.created && !result.credentialCreated) console.info("Its existing password was left unchanged.");
} catch (error) {
  if (error instanceof SeedError) {
    exitCode = EXIT.invalid;
    console.error(`seed:admin: ${error.message}`);
  } else {
    exitCode = EXIT.failed;
    console.error(`seed:admin: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
