import { z } from "zod";
import { plainText } from "../util/text";

const text = (max: number) => plainText().min(1, "Required.").max(max);
/** Optional free text: "" and whitespace-only mean "not given" (stored as null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);

/** Digits with optional leading +, spaces, dashes, dots and parentheses; 7..15 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}$/, "Enter a valid phone number.")
  .refine((v) => {
    const digits = v.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "Enter a valid phone number.");

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. US.");

/** The fields of a postal address, shared by the address book and the checkout's inline address. */
export const addressFields = {
  fullName: text(100),
  line1: text(200),
  line2: optionalText(200),
  city: text(100),
  region: optionalText(100),
  postalCode: z.string().trim().regex(/^[A-Za-z0-9 -]{2,12}$/, "Enter a valid postal code."),
  country: countrySchema.default("US"),
  phone: phoneSchema,
};

export const addressInput = z.strictObject(addressFields);
export type AddressInput = z.output<typeof addressInput>;

export const addressCreateInput = z.strictObject({ ...addressFields, isDefault: z.boolean().default(false) });
export type AddressCreateInput = z.output<typeof addressCreateInput>;

/**
 * Partial update: an omitted field is unchanged; line2/region accept "" or null to clear them.
 * `isDefault` is changed only through setDefault. (Written out instead of `.partial()` because a
 * `.default()` inside `.optional()` would still fill in "US" and reset the country.)
 */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === "" ? null : v))
    .optional();
export const addressUpdateInput = z.strictObject({
  id: z.string().min(1).max(64),
  fullName: text(100).optional(),
  line1: text(200).optional(),
  line2: clearableText(200),
  city: text(100).optional(),
  region: clearableText(100),
  postalCode: addressFields.postalCode.optional(),
  country: countrySchema.optional(),
  phone: phoneSchema.optional(),
});
export type AddressUpdateInput = z.output<typeof addressUpdateInput>;

export const addressIdInput = z.strictObject({ id: z.string().min(1).max(64) });

export type AddressView = {
  id: string;
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
  createdAt: Date;
};
