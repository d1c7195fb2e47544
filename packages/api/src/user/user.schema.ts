import { z } from "zod";
import { phoneSchema } from "../address/address.schema";
import { plainText } from "../util/text";

/** Control characters (tabs, bells, ...) have no place in a display name; bidi controls: plainText. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const profileNameSchema = plainText()
  .min(2, "Name must have at least 2 characters.")
  .max(100, "Keep the name under 100 characters.")
  .refine((v) => !CONTROL_CHARACTERS.test(v), "Name contains invisible control characters.");

/**
 * The caller's own profile fields. E-mail, role and ban state are not here: e-mail changes go
 * through verification (Better-Auth), role and bans through admin services; strict objects refuse
 * them with BAD_REQUEST. `null` clears phone or image.
 */
export const updateMeInput = z
  .strictObject({
    name: profileNameSchema.optional(),
    phone: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), phoneSchema.nullable()).optional(),
    image: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z.url({ protocol: /^https?$/, message: "Enter an http(s) URL." }).max(2048).nullable(),
    ).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Send at least one of name, phone, image.");
export type UpdateMeInput = z.output<typeof updateMeInput>;
