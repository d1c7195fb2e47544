import { z } from "zod";

/** Knobs of the security test harness (tests only). */
const schema = z.object({
  /** Random runs per procedure in the fuzz suites (the normal suite: 100). */
  FUZZ_RUNS: z.coerce.number().int().min(1).default(100),
  /** Base seed; each procedure derives its own from it and its path. */
  FUZZ_SEED: z.coerce.number().int().default(20_261_125),
});

export const harnessEnv = schema.parse(process.env);
