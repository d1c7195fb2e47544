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

const medicineId = z.string().trim().min(1).max(64);
const cursor = z.string().min(1).max(512).optional();

/** The lots of one medicine (its owner or an admin). */
export const batchListInput = z.strictObject({ medicineId });
export type BatchListParams = z.output<typeof batchListInput>;

/** AVAILABLE lots with units that expire within 30, 60 or 90 days (own medicines; admins: all). */
export const expiringInput = z
  .strictObject({
    withinDays: z.union([z.literal(30), z.literal(60), z.literal(90)]).default(30),
    cursor,
    limit: z.number().int().min(1).max(100).default(25),
  })
  .prefault({});
export type ExpiringParams = z.output<typeof expiringInput>;

/** Hold a lot back from sale (AVAILABLE -> QUARANTINED) or release it again, with a reason. */
export const batchQuarantineInput = z.strictObject({
  batchId,
  quarantine: z.boolean(),
  note: z.string().trim().min(3, "Say why (at least 3 characters).").max(500),
});
export type BatchQuarantineParams = z.output<typeof batchQuarantineInput>;
