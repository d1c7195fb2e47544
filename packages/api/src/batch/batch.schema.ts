import { z } from "zod";

export const batchId = z.string().trim().min(1).max(64);

/** As printed on the pack: letters, digits and - / . (stored upper-case). */
export const lotNumber = z
  .string()
  .trim()
  .min(1, "Enter the lot number printed on the pack.")
  .max(40, "A lot number has at most 40 characters.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, "Use letters, digits, '-', '/' or '.'.");

/** The instant a lot expires (the console sends the end of the printed expiry day). */
export const expiresAt = z
  .date("Enter the expiry date.")
  .refine((d) => d.getTime() >= Date.UTC(2000, 0, 1) && d.getTime() < Date.UTC(2100, 0, 1), "Choose a date between 2000 and 2100.");

export const lotInput = z.strictObject({ lotNumber, expiresAt });
export type LotInput = z.output<typeof lotInput>;
