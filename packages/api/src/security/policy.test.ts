import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../root";
import { PROCEDURE_RATE_LIMITS } from "../rate-limit/rules";
import { inputParsers } from "./harness/procedures";
import { findUncappedFields, isBoundedPattern } from "./harness/schema-caps";
import { listProcedures } from "./list-procedures";
import { ACCESS_ALLOWS, POLICY, PRINCIPALS } from "./policy";
import { duplicateSamplePaths, SAMPLES } from "./samples";

const procedures = listProcedures(appRouter);
const paths = new Set(procedures.map((p) => p.path));
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("policy table (deny by default)", () => {
  it("every procedure declares its access through a procedure builder", () => {
    expect(procedures.filter((p) => p.access === undefined).map((p) => p.path)).toEqual([]);
  });

  it("has an entry for every procedure (add one in security/policy/<domain>.ts)", () => {
    const missing = procedures.filter((p) => !POLICY.some((e) => e.path === p.path)).map((p) => p.path);
    expect(missing, "procedures without a policy entry").toEqual([]);
  });

  it("has no entries for procedures that do not exist, and no duplicates", () => {
    expect(POLICY.filter((e) => !paths.has(e.path)).map((e) => e.path), "stale entries").toEqual([]);
    const counts = new Map<string, number>();
    for (const e of POLICY) counts.set(e.path, (counts.get(e.path) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([p]) => p), "duplicate entries").toEqual([]);
  });

  it("agrees with what each procedure's builder lets through (meta.access)", () => {
    const disagreements = procedures.flatMap((p) => {
      const entry = POLICY.find((e) => e.path === p.path);
      if (!entry || !p.access) return [];
      const declared = sorted(ACCESS_ALLOWS[p.access]);
      return sorted(entry.allow).join() === declared.join()
        ? []
        : [`${p.path}: table allows [${sorted(entry.allow)}], builder "${p.access}" allows [${declared}]`];
    });
    expect(disagreements).toEqual([]);
  });

  it("only names known principals", () => {
    expect(POLICY.flatMap((e) => e.allow.filter((a) => !PRINCIPALS.includes(a)).map((a) => `${e.path}: ${a}`))).toEqual([]);
  });
});

describe("sample inputs (security/samples/<domain>.ts)", () => {
  it("exist for every procedure and only for existing procedures", () => {
    expect(procedures.filter((p) => !SAMPLES[p.path]).map((p) => p.path), "procedures without a sample").toEqual([]);
    expect(Object.keys(SAMPLES).filter((p) => !paths.has(p)), "samples of unknown procedures").toEqual([]);
    expect(duplicateSamplePaths()).toEqual([]);
  });

  it("name an owner exactly for ownership procedures", () => {
    const wrong = POLICY.filter((e) => (e.ownership === "none") === Boolean(SAMPLES[e.path]?.owner)).map(
      (e) => `${e.path} (${e.ownership}, owner ${String(SAMPLES[e.path]?.owner)})`,
    );
    expect(wrong).toEqual([]);
  });
});

describe("rate limits", () => {
  it("are configured for existing procedures only", () => {
    expect(Object.keys(PROCEDURE_RATE_LIMITS).filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe("input size caps", () => {
  it("every string, array and non-integer number of every input has an upper bound", () => {
    const uncapped = procedures.flatMap((p) => inputParsers(p.path).flatMap((schema) => findUncappedFields(schema, p.path)));
    expect(uncapped).toEqual([]);
  });

  it("the cap finder itself notices missing bounds", () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.string().max(3),
      c: z.array(z.string().max(1)),
      d: z.number(),
      e: z.number().int(),
      f: z.string().regex(/^[a-z]{2,4}$/),
      g: z.string().regex(/^[a-z]+$/),
      h: z.string().trim().transform((s) => s).optional(),
      i: z.preprocess((v) => v, z.string()),
      j: z.preprocess((v) => v, z.string().max(5).nullable()),
    });
    expect(findUncappedFields(schema)).toEqual(["input.a", "input.c", "input.d", "input.g", "input.h", "input.i"]);
    expect(isBoundedPattern(/^\+?[0-9 ().-]{7,25}$/)).toBe(true);
  });
});
