// Prints the authorization policy table (markdown) generated from the code: every procedure of
// appRouter with who may call it, ownership and rate limits, and the REST routes mapped onto them.
// `--write` updates SECURITY.md.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROCEDURE_RATE_LIMITS } from "../src/rate-limit/rules";
import { appRouter } from "../src/root";
import { listProcedures } from "../src/security/list-procedures";
import { POLICY } from "../src/security/policy";
import { renderPolicyTable, replacePolicyTable } from "../src/security/policy-markdown";
import { renderRestTable, replaceRestTable } from "../src/security/rest-policy-markdown";
import { REST_ROUTES } from "../src/rest/routes";

const table = renderPolicyTable(listProcedures(appRouter), POLICY, PROCEDURE_RATE_LIMITS);
const restTable = renderRestTable(REST_ROUTES, POLICY);

if (process.argv.includes("--write")) {
  const file = fileURLToPath(new URL("../../../SECURITY.md", import.meta.url));
  writeFileSync(file, replaceRestTable(replacePolicyTable(readFileSync(file, "utf8"), table), restTable));
  console.log(`updated ${file}`);
} else {
  console.log(`${table}\n\n${restTable}`);
}
