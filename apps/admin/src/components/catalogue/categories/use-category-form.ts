"use client";

import { useState } from "react";
import type { z } from "zod";
import { describeProblem, firstIssuePerField } from "../problems";

/**
 * The submit cycle of a category name form: validate with the shared schema, send, report the
 * server's answer per field or as a message, and hand a success line to the manager.
 */
export function useCategoryForm<I, R>(schema: z.ZodType, send: (input: I) => Promise<R>, success: (result: R) => string, onDone: (message: string) => Promise<void>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(input: I) {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(firstIssuePerField(parsed.error.issues));
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      await onDone(success(await send(input)));
    } catch (e) {
      const p = describeProblem(e);
      setErrors(p.fieldErrors);
      setProblem(p.message);
    }
  }

  return { errors, problem, submit };
}
