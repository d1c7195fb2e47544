import { LEAFLET_SECTIONS } from "@healio/api/listing/listing.schema";
import { TextAreaField } from "./fields";

type LeafletKey = (typeof LEAFLET_SECTIONS)[number]["key"];

const HINTS: Record<LeafletKey, string> = {
  leafletUses: "What it treats, e.g. “Relief of mild to moderate pain and fever.”",
  leafletDosage: "Who takes how much and how often, with the daily maximum.",
  leafletSideEffects: "Common and serious side effects, and what to do about them.",
  leafletWarnings: "Who should not take it, interactions, pregnancy, driving.",
};

/** The patient-leaflet sections of a listing; each optional, shown on the medicine page when filled. */
export function LeafletFields({
  values,
  errors,
  idOf,
}: {
  values?: Partial<Record<LeafletKey, string | null>>;
  errors: Partial<Record<LeafletKey, string>>;
  idOf: (key: LeafletKey) => string;
}) {
  return (
    <fieldset className="listing-form__section">
      <legend>Patient leaflet</legend>
      <p className="hl-small hl-muted">Optional. Filled sections appear on the medicine page under their heading.</p>
      {LEAFLET_SECTIONS.map(({ key, title }) => (
        <TextAreaField
          key={key}
          id={idOf(key)}
          label={title}
          name={key}
          rows={3}
          maxLength={3000}
          defaultValue={values?.[key] ?? ""}
          error={errors[key]}
          hint={HINTS[key]}
        />
      ))}
    </fieldset>
  );
}
