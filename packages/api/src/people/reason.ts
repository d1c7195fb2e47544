import { z } from "zod";

/** A reason is part of the record: the person concerned is told it, and the audit log keeps it. */
export const reasonField = z
  .string()
  .trim()
  .min(3, "Give a reason of at least 3 characters.")
  .max(500, "Keep the reason under 500 characters.");
