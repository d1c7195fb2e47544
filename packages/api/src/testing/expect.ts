import { expect } from "vitest";
import type { AppErrorCode } from "../errors";

/** The parts of a TRPCError a test looks at (kept free of @trpc imports, like all non-transport code). */
export type CaughtTRPCError = Error & { code: string; cause?: unknown };

/** Awaits a call that must fail with the given tRPC code; returns the error for further checks. */
export async function expectTRPCError(
  promise: Promise<unknown>,
  code: AppErrorCode | "INTERNAL_SERVER_ERROR",
): Promise<CaughtTRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe("TRPCError");
  expect((error as CaughtTRPCError).code).toBe(code);
  return error as CaughtTRPCError;
}
