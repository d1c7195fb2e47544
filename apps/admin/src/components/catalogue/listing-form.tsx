"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, TextField, buttonClassName, centsToDollarString, parseDollarsToCents } from "@healio/ui";
import {
  MAX_LOW_STOCK_THRESHOLD,
  MAX_STOCK,
  RESTRICTED_INGREDIENTS,
  listingCreateInput,
  listingUpdateInput,
  type ListingCreateInput,
  type ListingUpdateInput,
} from "@healio/api/listing/listing.schema";
import type { ManufacturerRef } from "@healio/api/manufacturer/manufacturer.schema";
import { useTRPC } from "@healio/client/trpc";
import type { ListingView } from "./types";
import { flattenTree, indentedLabel, type TreeNode } from "./category-options";
import { CheckboxField, SelectField, TextAreaField } from "./fields";

type RestrictedIngredient = (typeof RESTRICTED_INGREDIENTS)[number];
import { ManufacturerCombobox, type ManufacturerPick } from "./manufacturer-combobox";
import { LeafletFields } from "./leaflet-fields";
import { describeProblem, firstIssuePerField } from "./problems";

/** Field keys = the shared schema's keys, so client and server errors land on the same field. */
const FIELD_ORDER = [
  "name",
  "genericName",
  "strength",
  "dosageForm",
  "packSize",
  "manufacturer",
  "categoryId",
  "description",
  "leafletUses",
  "leafletDosage",
  "leafletSideEffects",
  "leafletWarnings",
  "imageUrl",
  "requiresPrescription",
  "restricted",
  "priceCents",
  "initialStock",
  "lowStockThreshold",
] as const;
type FieldKey = (typeof FIELD_ORDER)[number];
type Errors = Partial<Record<FieldKey, string>>;

const fieldId = (key: FieldKey) => `listing-${key}`;

/** "12" -> 12; blank -> fallback (when there is one); anything else is an error message. */
function wholeNumber(raw: string, max: number, fallback?: number): number | string {
  const text = raw.trim();
  if (text === "" && fallback !== undefined) return fallback;
  if (!/^\d+$/.test(text)) return "Enter a whole number (0 or more).";
  const n = Number(text);
  return n > max ? `At most ${new Intl.NumberFormat("en-US").format(max)}.` : n;
}

export interface ListingFormProps {
  categories: TreeNode[];
  /** Edit mode when given. */
  listing?: ListingView;
}

/**
 * Create / edit a listing. Validated in the browser with the router's own zod schema (shared from
 * @healio/api), then by the server; both kinds of error are shown next to their field. The price
 * is typed in dollars and converted to integer cents by parsing the string (no float math).
 */
export function ListingForm({ categories, listing }: ListingFormProps) {
  const editing = listing !== undefined;
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const options = flattenTree(categories);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [manufacturerText, setManufacturerText] = useState(listing?.manufacturer.name ?? "");
  const [manufacturerMatch, setManufacturerMatch] = useState<ManufacturerPick | null>(listing?.manufacturer ?? null);

  const create = useMutation(trpc.listing.create.mutationOptions());
  const update = useMutation(trpc.listing.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  function show(next: Errors, message: string | null) {
    setErrors(next);
    setFormError(message);
    const first = FIELD_ORDER.find((key) => next[key]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? "");
    const local: Errors = {};

    const price = parseDollarsToCents(text("price"));
    if (!price.ok) local.priceCents = price.message;
    const threshold = wholeNumber(text("lowStockThreshold"), MAX_LOW_STOCK_THRESHOLD);
    if (typeof threshold === "string") local.lowStockThreshold = threshold;
    const initialStock = editing ? 0 : wholeNumber(text("initialStock"), MAX_STOCK, 0);
    if (typeof initialStock === "string") local.initialStock = initialStock;

    const ingredient = text("restrictedIngredient");
    const mg = wholeNumber(text("restrictedMgPerPack"), 100_000);
    if (ingredient && typeof mg === "string") local.restricted = `Amount per pack: ${mg}`;
    const manufacturer: ManufacturerRef = manufacturerMatch ? { id: manufacturerMatch.id } : { name: manufacturerText };
    const fields = {
      name: text("name"),
      genericName: text("genericName"),
      strength: text("strength"),
      dosageForm: text("dosageForm"),
      packSize: text("packSize"),
      description: text("description"),
      leafletUses: text("leafletUses"),
      leafletDosage: text("leafletDosage"),
      leafletSideEffects: text("leafletSideEffects"),
      leafletWarnings: text("leafletWarnings"),
      imageUrl: text("imageUrl").trim() === "" ? null : text("imageUrl"),
      requiresPrescription: data.get("requiresPrescription") === "on",
      // Cast: the select only offers the schema's ingredients; zod re-checks below.
      restricted: ingredient ? { ingredient: ingredient as RestrictedIngredient, mgPerPack: typeof mg === "number" ? mg : 0 } : null,
      priceCents: price.ok ? price.cents : undefined,
      lowStockThreshold: typeof threshold === "number" ? threshold : undefined,
      categoryId: text("categoryId"),
      manufacturer,
    };

    const parsed = editing
      ? listingUpdateInput.safeParse({ id: listing.id, ...fields })
      : listingCreateInput.safeParse({ ...fields, initialStock: typeof initialStock === "number" ? initialStock : undefined });
    const zodErrors = parsed.success ? {} : (firstIssuePerField(parsed.error.issues) as Errors);
    if (!fields.categoryId) local.categoryId = "Choose a category.";
    const all = { ...zodErrors, ...local };
    if (!parsed.success || Object.keys(local).length > 0) {
      show(all, "Please correct the highlighted fields.");
      return;
    }

    setErrors({});
    setFormError(null);
    const invalidate = () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.listing.pathFilter()),
        queryClient.invalidateQueries(trpc.inventory.pathFilter()),
      ]);
    try {
      if (editing) {
        await update.mutateAsync({ id: listing.id, ...fields } as ListingUpdateInput);
        await invalidate();
        router.push(`/medicines/${listing.id}?notice=saved`);
      } else {
        const created = await create.mutateAsync({ ...fields, initialStock } as ListingCreateInput);
        await invalidate();
        router.push(`/medicines/${created.id}?notice=created`);
      }
      router.refresh();
    } catch (error) {
      const problem = describeProblem(error);
      show(problem.fieldErrors as Errors, problem.message);
    }
  }

  const current = listing?.category.id ?? "";
  return (
    <form className="hl-form listing-form" noValidate onSubmit={onSubmit} aria-label={editing ? "Edit medicine" : "New medicine"}>
      {formError ? (
        <Alert tone="danger" title={editing ? "The changes were not saved" : "The medicine was not created"}>
          {formError}
        </Alert>
      ) : null}

      <fieldset className="listing-form__section">
        <legend>Product</legend>
        <div className="listing-form__grid">
          <TextField id={fieldId("name")} label="Name" name="name" required maxLength={120} defaultValue={listing?.name} error={errors.name} hint="As printed on the pack, e.g. Panadol Extra." />
          <TextField id={fieldId("genericName")} label="Generic name" name="genericName" required maxLength={120} defaultValue={listing?.genericName} error={errors.genericName} hint="The active ingredient, e.g. paracetamol." />
          <TextField id={fieldId("strength")} label="Strength" name="strength" required maxLength={60} defaultValue={listing?.strength} error={errors.strength} placeholder="500 mg" />
          <TextField id={fieldId("dosageForm")} label="Dosage form" name="dosageForm" required maxLength={60} defaultValue={listing?.dosageForm} error={errors.dosageForm} placeholder="Tablet" />
          <TextField id={fieldId("packSize")} label="Pack size" name="packSize" required maxLength={60} defaultValue={listing?.packSize} error={errors.packSize} placeholder="20 tablets" />
          <ManufacturerCombobox
            id={fieldId("manufacturer")}
            value={manufacturerText}
            onChange={setManufacturerText}
            onMatch={setManufacturerMatch}
            initial={listing?.manufacturer ?? null}
            error={errors.manufacturer}
          />
        </div>
      </fieldset>

      <fieldset className="listing-form__section">
        <legend>Catalogue</legend>
        <SelectField id={fieldId("categoryId")} label="Category" name="categoryId" required defaultValue={current} error={errors.categoryId} hint="Any level of the tree; shoppers browsing a parent category see it too.">
          <option value="" disabled>
            Choose a category…
          </option>
          {options.map((option) => (
            <option key={option.id} value={option.id} title={option.path}>
              {indentedLabel(option)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id={fieldId("description")} label="Description" name="description" rows={5} maxLength={5000} defaultValue={listing?.description} error={errors.description} hint="What the pack is and who it is for. Leaflet sections have their own fields below." />
        <TextField id={fieldId("imageUrl")} label="Image URL" name="imageUrl" type="url" inputMode="url" maxLength={2048} defaultValue={listing?.imageUrl ?? ""} error={errors.imageUrl} hint="Optional; an https:// link to a photo of the pack." />
        <CheckboxField id={fieldId("requiresPrescription")} label="Requires a prescription (Rx only)" name="requiresPrescription" defaultChecked={listing?.requiresPrescription ?? false} error={errors.requiresPrescription} />
        <div className="listing-form__grid">
          <SelectField id={fieldId("restricted")} label="Restricted ingredient" name="restrictedIngredient" defaultValue={listing?.restrictedIngredient ?? ""} error={errors.restricted} hint="Purchases per customer are limited by law (e.g. 3.6 g a day).">
            <option value="">None</option>
            {RESTRICTED_INGREDIENTS.map((name) => (
              <option key={name} value={name}>
                {name.charAt(0).toUpperCase() + name.slice(1)}
              </option>
            ))}
          </SelectField>
          <TextField label="Amount per pack (mg)" name="restrictedMgPerPack" inputMode="numeric" defaultValue={listing?.restrictedMgPerPack?.toString() ?? ""} hint="Of the restricted ingredient, in the whole pack." />
        </div>
      </fieldset>

      <LeafletFields values={listing ?? undefined} errors={errors} idOf={fieldId} />

      <fieldset className="listing-form__section">
        <legend>Price and stock</legend>
        <div className="listing-form__grid">
          <TextField
            id={fieldId("priceCents")}
            label="Price (USD)"
            name="price"
            required
            inputMode="decimal"
            autoComplete="off"
            defaultValue={listing ? centsToDollarString(listing.priceCents) : ""}
            placeholder="12.99"
            error={errors.priceCents}
            hint="Per pack, in dollars and cents."
          />
          {editing ? (
            <div className="hl-field">
              <span className="hl-field__label">Stock</span>
              <p className="listing-form__static">
                {listing.stock} in stock · change it with the stock panel on the medicine page.
              </p>
            </div>
          ) : (
            <TextField id={fieldId("initialStock")} label="Initial stock" name="initialStock" inputMode="numeric" autoComplete="off" defaultValue="0" error={errors.initialStock} hint="Packs on hand now; recorded as opening stock." />
          )}
          <TextField
            id={fieldId("lowStockThreshold")}
            label="Low-stock threshold"
            name="lowStockThreshold"
            required
            inputMode="numeric"
            autoComplete="off"
            defaultValue={String(listing?.lowStockThreshold ?? 10)}
            error={errors.lowStockThreshold}
            hint="Listed under “Low stock” (and shown to shoppers as “Only N left”) at or below this many packs."
          />
        </div>
      </fieldset>

      <div className="hl-row">
        <Button type="submit" loading={pending}>
          {editing ? "Save changes" : "Create medicine"}
        </Button>
        <Link href={editing ? `/medicines/${listing.id}` : "/medicines"} className={buttonClassName({ variant: "ghost" })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
