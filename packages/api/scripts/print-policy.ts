// Prints the authorization policy table (markdown) generated from the code: every procedure of
// appRouter with who may call it, ownership and rate limits. `--write` updates SECURITY.md.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROCEDURE_RATE_LIMITS } from "../src/rate-limit/rules";
import { appRouter } from "../src/root";
import { listProcedures } from "../src/security/list-procedures";
import { POLICY } from "../src/security/policy";
import { renderPolicyTable, replacePolicyTable } from "../src/security/policy-markdown";

const table = renderPolicyTable(listProcedures(appRouter), POLICY, PROCEDURE_RATE_LIMITS);

if (process.argv.includes("--write")) {
  const file = fileURLToPath(new URL("../../../SECURITY.md", import.meta.url));
  writeFileSync(file, replacePolicyTable(readFileSync(file, "utf8"), table));
  console.log(`updated ${file}`);
} else {
  console.log(table);
}
