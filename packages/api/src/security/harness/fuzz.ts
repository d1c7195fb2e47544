import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProcedureInfo } from "../list-procedures";
import { callPath, describeOutcome } from "./call";
import { harnessEnv } from "./env";
import { changedTables, dbFingerprint } from "./fingerprint";
import { edgeCaseInputs, hostileInput } from "./hostile";
import { primaryActor } from "./matrix";
import { coveredProcedures, inputParsers, isValidInput } from "./procedures";
import { useSecuritySuite } from "./suite";
import { buildWorld } from "./world";
import { arbitraryFromZod } from "./zod-arbitrary";

/** FUZZ_RUNS (default 100) and FUZZ_SEED (default fixed) make a run longer or different, but always reproducible. */
export const FUZZ_RUNS = harnessEnv.FUZZ_RUNS;
const BASE_SEED = harnessEnv.FUZZ_SEED;

function seedFor(path: string): number {
  let h = BASE_SEED | 0;
  for (const ch of path) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

function isCrash(code: string): boolean {
  return code === "INTERNAL_SERVER_ERROR" || code.startsWith("NOT_A_TRPC");
}

/**
 * For every selected procedure, every field of its sample set to each edge value, then FUZZ_RUNS seeded inputs (half valid-shaped from its zod schema and
 * sample, half hostile), called as the sample's own caller on one world per procedure:
 * never INTERNAL_SERVER_ERROR; input the schema refuses is BAD_REQUEST and changes nothing.
 */
export function defineFuzzSuite(name: string, filter: (p: ProcedureInfo) => boolean): void {
  const suite = useSecuritySuite();
  const procedures = coveredProcedures(filter);

  describe(name, () => {
    it.each(procedures.map((p) => [p.path, p] as const))("%s", async (path, p) => {
      const world = await buildWorld(suite.db);
      const sample = await p.sample.input(world, suite.db);
      const caller = primaryActor(p.entry, p.sample);
      const actor = !caller || caller === "anonymous" || caller === "banned" ? null : world.people[caller].actor;
      const parsers = inputParsers(path);
      const valid = parsers.length === 1 ? arbitraryFromZod(parsers[0], sample) : fc.constant(sample);
      const arbitrary = fc.oneof(valid, hostileInput(sample));
      let validCalls = 0;
      let invalidCalls = 0;
      // The last fingerprint still known to be current (reset by every valid call, which may write).
      let current: Record<string, string> | undefined;

      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          const isValid = await isValidInput(path, input);
          const before = isValid ? undefined : (current ?? (await dbFingerprint(suite.db)));
          current = undefined;
          const outcome = await callPath({ db: suite.db, actor }, path, input);
          if (!outcome.ok && isCrash(outcome.code)) {
            throw new Error(`${path}: ${describeOutcome(outcome)}\ncause: ${String((outcome.error as Error).cause ?? "")}`);
          }
          if (isValid) {
            validCalls += 1;
            return;
          }
          invalidCalls += 1;
          if (outcome.ok || outcome.code !== "BAD_REQUEST") throw new Error(`${path}: invalid input answered ${describeOutcome(outcome)}`);
          const after = await dbFingerprint(suite.db);
          const changed = changedTables(before ?? {}, after);
          current = after;
          if (changed.length > 0) throw new Error(`${path}: invalid input changed ${changed.join(", ")}`);
        }),
        // Edge cases of every field first (deterministic), then the seeded random runs.
        { seed: seedFor(path), numRuns: FUZZ_RUNS, examples: edgeCaseInputs(sample).map((e) => [e] as [unknown]) },
      );
      // Both kinds were exercised (a schema that accepts anything would show up here).
      if (parsers.length > 0) expect(invalidCalls, `${path}: no invalid input generated`).toBeGreaterThan(0);
      expect(validCalls, `${path}: no valid input generated (check the sample)`).toBeGreaterThan(FUZZ_RUNS / 20);
    });
  });
}
