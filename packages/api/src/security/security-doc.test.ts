import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROCEDURE_RATE_LIMITS } from "../rate-limit/rules";
import { appRouter } from "../root";
import { listProcedures } from "./list-procedures";
import { POLICY } from "./policy";
import { REST_ROUTES } from "../rest/routes";
import { renderPolicyTable, replacePolicyTable } from "./policy-markdown";
import { renderRestTable, replaceRestTable } from "./rest-policy-markdown";

const securityMd = readFileSync(new URL("../../../../SECURITY.md", import.meta.url), "utf8");

describe("SECURITY.md", () => {
  it("shows the policy table generated from the current code (pnpm --filter @healio/api print-policy --write)", () => {
    const table = renderPolicyTable(listProcedures(appRouter), POLICY, PROCEDURE_RATE_LIMITS);
    expect(replacePolicyTable(securityMd, table)).toBe(securityMd);
  });

  it("shows the REST route table generated from the route table and the policy", () => {
    expect(replaceRestTable(securityMd, renderRestTable(REST_ROUTES, POLICY))).toBe(securityMd);
  });

  it("covers OWASP API1..API10 (2023)", () => {
    for (let i = 1; i <= 10; i += 1) expect(securityMd).toMatch(new RegExp(`\\*\\*API${i} `));
  });
});
