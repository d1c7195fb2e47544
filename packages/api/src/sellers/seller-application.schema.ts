import { z } from "zod";
import { reasonField } from "../people/reason";
import { plainText } from "../util/text";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a customer states to sell on Healio; reused by the storefront form and the tests. */
export const applyToSellInput = z.strictObject({
  storeName: plainText().min(2, "Enter the pharmacy's trading name.").max(80),
  licenceNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{3,39}$/, "Use the licence number as printed: letters, digits and dashes."),
  licenceExpiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now() + DAY_MS, "The licence must be valid for at least another day.")
    // Licences are renewed every few years: a date decades away is a typing mistake.
    .refine((d) => d.getTime() < Date.now() + 10 * 366 * DAY_MS, "Check the expiry date: it is more than 10 years away."),
  businessAddress: plainText().min(8, "Enter the pharmacy's full address.").max(300),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{7,20}$/, "Enter a phone number with digits, spaces, dashes or brackets."),
  supervisingPharmacist: plainText().min(3, "Name the supervising pharmacist.").max(120),
});
export type ApplyToSellInput = z.output<typeof applyToSellInput>;

/** The storefront form: the same rules, with the expiry typed as a date input's YYYY-MM-DD. */
export const applyToSellForm = applyToSellInput.extend({
  licenceExpiresAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the licence's expiry date.")
    .transform((day) => new Date(`${day}T23:59:59.999Z`))
    .pipe(applyToSellInput.shape.licenceExpiresAt),
});

/** Sellers and applications as the admin filters them; LICENCE_EXPIRED is derived, not stored. */
export const SELLER_FILTERS = ["PENDING", "SELLING", "REJECTED", "SUSPENDED", "LICENCE_EXPIRED", "BLOCKED"] as const;
export type SellerFilter = (typeof SELLER_FILTERS)[number];

export const listSellersInput = z
  .strictObject({
    standing: z.enum(SELLER_FILTERS).optional(),
    query: z.string().trim().max(100).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .prefault({});
export type ListSellersInput = z.output<typeof listSellersInput>;

const profileId = z.string().min(1).max(64);
export const profileIdInput = z.strictObject({ profileId });
export const profileDecisionInput = z.strictObject({ profileId, reason: reasonField });
export type ProfileIdInput = z.output<typeof profileIdInput>;
export type ProfileDecisionInput = z.output<typeof profileDecisionInput>;

export const renewLicenceInput = z.strictObject({
  profileId,
  licenceExpiresAt: applyToSellInput.shape.licenceExpiresAt,
});
export type RenewLicenceInput = z.output<typeof renewLicenceInput>;
