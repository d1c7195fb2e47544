import { z } from "zod";
import { plainText } from "../util/text";

const id = z.string().min(1).max(64);
const day = z.iso.date("Enter a date.");

/** The pharmacist's decision on an order waiting for its prescription. */
export const reviewPrescriptionInput = z.discriminatedUnion("decision", [
  z.strictObject({
    orderId: id,
    decision: z.literal("approve"),
    prescriberName: plainText().min(2, "Enter the prescriber's name.").max(120),
    /** YYYY-MM-DD, as written on the prescription. */
    issuedOn: day,
    /** Last day it is valid (inclusive). */
    expiresOn: day,
    refillsAllowed: z.number().int("Refills must be a whole number.").min(0).max(12),
  }),
  z.strictObject({
    orderId: id,
    decision: z.literal("reject"),
    reason: z.string().trim().min(5, "Tell the customer why (at least 5 characters).").max(500),
  }),
]);
export type ReviewPrescriptionInput = z.output<typeof reviewPrescriptionInput>;

/** The caller's prescriptions; `reusableOnly` = approved, unexpired, with uses left (checkout). */
export const myPrescriptionsInput = z.strictObject({ reusableOnly: z.boolean().default(false) }).prefault({});
export type MyPrescriptionsInput = z.output<typeof myPrescriptionsInput>;
