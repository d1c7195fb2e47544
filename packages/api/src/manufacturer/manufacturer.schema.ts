import { z } from "zod";
import { plainText } from "../util/text";

export const manufacturerNameSchema = plainText()
  .min(2, "Manufacturer name must have at least 2 characters.")
  .max(120)
  .transform((name) => name.replace(/\s+/g, " "));

/**
 * Pick an existing manufacturer by id, or type a name: the name is matched case-insensitively
 * (and ignoring surrounding/double spaces) against existing ones and created only if new.
 */
export const manufacturerRefSchema = z.union([
  z.strictObject({ id: z.string().trim().min(1).max(64) }),
  z.strictObject({ name: manufacturerNameSchema }),
]);
export type ManufacturerRef = z.output<typeof manufacturerRefSchema>;

export const manufacturerListInput = z
  .strictObject({
    /** Case-insensitive prefix/substring of the name. */
    search: z.string().trim().max(120).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .prefault({});
export type ManufacturerListInput = z.input<typeof manufacturerListInput>;
export type ManufacturerListParams = z.output<typeof manufacturerListInput>;

export type ManufacturerSummary = { id: string; name: string };
