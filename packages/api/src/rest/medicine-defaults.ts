/**
 * The original API created a medicine from name, description, price, stock, image, manufacturer
 * and categoryId. Our listing also needs generic name, strength, dosage form and pack size (they
 * identify "the same medicine" across pharmacies). When a REST client leaves them out they are
 * derived here, conservatively, from the name and description; anything not found reads "Not
 * stated" rather than a guess. The seller can correct them later (PATCH or the console).
 */

export const NOT_STATED = "Not stated";
export const DEFAULT_PACK_SIZE = "1 pack";

/** Longest first, so "Eye Drops" wins over "Drops" and "Chewable Tablet" over "Tablet". */
const FORMS: readonly [RegExp, string][] = [
  [/\bchewable tablets?\b/i, "Chewable Tablet"],
  [/\beffervescent tablets?\b/i, "Effervescent Tablet"],
  [/\bdispersible tablets?\b/i, "Dispersible Tablet"],
  [/\boral suspension\b/i, "Oral Suspension"],
  [/\boral solution\b/i, "Oral Solution"],
  [/\boral drops\b/i, "Oral Drops"],
  [/\beye drops\b/i, "Eye Drops"],
  [/\bear drops\b/i, "Ear Drops"],
  [/\bnasal spray\b/i, "Nasal Spray"],
  [/\btablets?\b/i, "Tablet"],
  [/\bcaplets?\b/i, "Caplet"],
  [/\bcapsules?\b/i, "Capsule"],
  [/\bsoftgels?\b/i, "Softgel"],
  [/\blozenges?\b/i, "Lozenge"],
  [/\bsyrup\b/i, "Syrup"],
  [/\bsuspension\b/i, "Oral Suspension"],
  [/\bdrops\b/i, "Oral Drops"],
  [/\bpowder\b|\bsachets?\b/i, "Powder"],
  [/\bcream\b/i, "Cream"],
  [/\bointment\b/i, "Ointment"],
  [/\bgel\b/i, "Gel"],
  [/\blotion\b/i, "Lotion"],
  [/\binhaler\b/i, "Inhaler"],
  [/\bpatch(es)?\b/i, "Patch"],
  [/\binjection\b/i, "Injection"],
];

/** "500 mg", "1 %", "120 mg/5 ml" (a volume alone, "100 ml", is a pack size, not a strength). */
const STRENGTH = /(\d+(?:[.,]\d+)?)\s?(mg|mcg|µg|g|iu|%)(?:\s?\/\s?(\d+(?:[.,]\d+)?)?\s?(ml|g)\b)?(?![a-z])/i;
/** Not the "5 ml" of "120 mg/5 ml" (a concentration). */
const PACK = /(?<![\d.,]|\/\s?)\b(\d{1,4})\s?(tablets|caplets|capsules|softgels|lozenges|sachets|patches|ml|g|doses)\b/i;

function formatStrength(m: RegExpExecArray): string {
  const [, amount, unit, perAmount, perUnit] = m;
  return perUnit ? `${amount} ${unit}/${perAmount ?? "1"} ${perUnit}` : `${amount} ${unit}`;
}

export type DerivableMedicineFields = { genericName: string; strength: string; dosageForm: string; packSize: string };

/** Fills the identifying fields a REST body left out; fields sent are kept as they are. */
export function deriveMedicineFields(
  name: string,
  description: string | undefined,
  sent: Partial<DerivableMedicineFields>,
): DerivableMedicineFields {
  const text = `${name}\n${description ?? ""}`;
  const strength = STRENGTH.exec(name) ?? STRENGTH.exec(text);
  const form = FORMS.find(([pattern]) => pattern.test(name)) ?? FORMS.find(([pattern]) => pattern.test(text));
  const pack = PACK.exec(name) ?? PACK.exec(text);
  return {
    genericName: sent.genericName ?? name,
    strength: sent.strength ?? (strength ? formatStrength(strength) : NOT_STATED),
    dosageForm: sent.dosageForm ?? form?.[1] ?? NOT_STATED,
    packSize: sent.packSize ?? (pack ? `${pack[1]} ${pack[2]}` : DEFAULT_PACK_SIZE),
  };
}
