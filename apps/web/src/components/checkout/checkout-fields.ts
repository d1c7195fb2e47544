import { z } from "zod";
import { addressFields, phoneSchema } from "@healio/api/address/address.schema";

/** The new-address fields of the checkout, validated with the API's own address schema. */
export const newAddressSchema = z.object({
  fullName: addressFields.fullName,
  line1: addressFields.line1,
  line2: addressFields.line2,
  city: addressFields.city,
  region: addressFields.region,
  postalCode: addressFields.postalCode,
  country: addressFields.country,
});
export const phoneFormSchema = z.object({ phone: phoneSchema });

export type FieldName = "fullName" | "line1" | "line2" | "city" | "region" | "postalCode" | "country" | "phone" | "addressId";
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The radio value for "add a new address". */
export const NEW_ADDRESS = "new";

/** The schema says "Required."; a form can say what is missing. */
const REQUIRED: Partial<Record<FieldName, string>> = {
  fullName: "Enter the name of the person receiving the parcel.",
  line1: "Enter the street address.",
  city: "Enter the city.",
};

/** The first message per field, worded for the form. */
export function firstErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "") as FieldName;
    if (key && !errors[key]) errors[key] = (issue.message === "Required." && REQUIRED[key]) || issue.message;
  }
  return errors;
}

function text(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === "string" ? v : "";
}

/** The new-address fields as typed, validated. */
export function readNewAddress(form: HTMLFormElement) {
  return newAddressSchema.safeParse({
    fullName: text(form, "fullName"),
    line1: text(form, "line1"),
    line2: text(form, "line2"),
    city: text(form, "city"),
    region: text(form, "region"),
    postalCode: text(form, "postalCode"),
    country: text(form, "country") || "US",
  });
}

export function wantsAddressSaved(form: HTMLFormElement): boolean {
  return text(form, "save") === "on";
}
