import { describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { listProcedures } from "./list-procedures";
import { ACTOR_PRINCIPAL } from "./harness/actors";
import { describeOutcome } from "./harness/call";
import { planMatrix, runMatrix, type MatrixRun } from "./harness/matrix";
import { scanResponse } from "./harness/output-scan";
import { coveredProcedures } from "./harness/procedures";
import { useSecuritySuite } from "./harness/suite";
import { OUTPUT_ALLOWANCES } from "./output-allowances";

/**
 * Every procedure x {anonymous, banned, customer A/B, seller A/B, admin}, against the policy table:
 * refused roles get UNAUTHORIZED/FORBIDDEN and change nothing, someone else's object is NOT_FOUND
 * and changes nothing, the sample's caller succeeds, other allowed callers are never refused.
 * Then every successful response is scanned for secrets and other people's e-mails/phones.
 * Procedures without a policy entry or sample fail policy.test.ts.
 */
const suite = useSecuritySuite();
const procedures = coveredProcedures();
const cases = procedures.map((p) => [p.path, p] as const);
const runs = new Map<string, MatrixRun>();

describe("authorization matrix", () => {
  it("covers every procedure of the router", () => {
    expect(procedures.map((p) => p.path)).toEqual(listProcedures(appRouter).map((p) => p.path));
  });

  it("a banned user's session resolves to no actor (so it is treated as anonymous)", async () => {
    expect(await suite.resolveBanned()).toBeNull();
  });

  it.each(cases)("%s", async (path, p) => {
    const run = await runMatrix({ db: suite.db, path, entry: p.entry, sample: p.sample, resolveBanned: suite.resolveBanned });
    runs.set(path, run);
    const table = run.checks.map(
      (c) => `${c.actor.padEnd(9)} ${ACTOR_PRINCIPAL[c.actor].padEnd(9)} expect ${c.expected.padEnd(12)} got ${describeOutcome(c.outcome)}`,
    );
    const title = `${path} (${p.type}, allow ${p.entry.allow.join("/")}, ownership ${p.entry.ownership})`;
    expect(run.problems, `${title}:\n${table.join("\n")}`).toEqual([]);
    expect(run.checks).toHaveLength(7); // every actor was called
  });
});

// Runs after the matrix (tests of a file run in order) over the responses it collected.
describe("output shaping: every successful matrix response", () => {
  it.each(cases)("%s", (path) => {
    const run = runs.get(path);
    expect(run, "the matrix test of this procedure did not run (run the whole file)").toBeDefined();
    const successes = run?.checks.filter((c) => c.outcome.ok) ?? [];
    expect(successes.length, "no successful response to inspect").toBeGreaterThan(0);
    const leaks = successes.flatMap((c) =>
      c.outcome.ok && run ? scanResponse({ path, actor: c.actor, world: run.world, data: c.outcome.data, allow: OUTPUT_ALLOWANCES }) : [],
    );
    expect(leaks.map((l) => `${l.actor}: ${l.where}: ${l.what}`)).toEqual([]);
  });
});

describe("matrix plan", () => {
  it("expects NOT_FOUND for allowed non-owners and lets admins through owner-or-admin", () => {
    const sample = { input: () => ({}), owner: "sellerA" as const };
    const { calls, problems } = planMatrix({ path: "x.update", allow: ["SELLER", "ADMIN"], ownership: "owner-or-admin" }, sample);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(calls.map((c) => [c.actor, c.expected]))).toEqual({
      anonymous: "UNAUTHORIZED",
      banned: "UNAUTHORIZED",
      customerA: "FORBIDDEN",
      customerB: "FORBIDDEN",
      sellerB: "NOT_FOUND",
      sellerA: "OK",
      admin: "NOT_REFUSED",
    });
    const ownerOnly = planMatrix({ path: "x.update", allow: ["SELLER", "ADMIN"], ownership: "owner" }, sample);
    expect(ownerOnly.calls.find((c) => c.actor === "admin")?.expected).toBe("NOT_FOUND");
    const refused = planMatrix({ path: "x.create", allow: ["SELLER", "ADMIN"], ownership: "none", serviceRefuses: ["ADMIN"] }, { input: () => ({}) });
    expect(refused.calls.find((c) => c.actor === "admin")?.expected).toBe("FORBIDDEN");
    expect(refused.calls.find((c) => c.expected === "OK")?.actor).toBe("sellerA");
  });
});
