import { appRouter } from "../../root";
import { listProcedures, type ProcedureInfo } from "../list-procedures";
import { policyFor } from "../policy";
import type { PolicyEntry } from "../policy/types";
import { SAMPLES } from "../samples";
import type { Sample } from "../samples/types";

export type CoveredProcedure = ProcedureInfo & { entry: PolicyEntry; sample: Sample };

/**
 * Every procedure of appRouter that has both a policy entry and a sample (policy.test.ts fails for
 * the others, so the security suites can simply iterate over these).
 */
export function coveredProcedures(filter: (p: ProcedureInfo) => boolean = () => true): CoveredProcedure[] {
  return listProcedures(appRouter)
    .filter(filter)
    .flatMap((p) => {
      const entry = policyFor(p.path);
      const sample = SAMPLES[p.path];
      return entry && sample ? [{ ...p, entry, sample }] : [];
    });
}

type Parser = { safeParseAsync?: (v: unknown) => Promise<{ success: boolean }> };

/** The zod schemas of a procedure's `.input()` calls (several are merged by tRPC). */
export function inputParsers(path: string): Parser[] {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs?: unknown[] } }>)[path];
  return (procedure?._def.inputs ?? []) as Parser[];
}

/** Whether tRPC would accept `input` for the procedure (every input parser succeeds). */
export async function isValidInput(path: string, input: unknown): Promise<boolean> {
  for (const parser of inputParsers(path)) {
    if (!parser.safeParseAsync) return true; // not zod: cannot tell, treat as valid
    if (!(await parser.safeParseAsync(input)).success) return false;
  }
  return true;
}
