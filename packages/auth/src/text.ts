/**
 * Invisible bidirectional controls (U+202A..U+202E embeddings/overrides, U+2066..U+2069 isolates).
 * They reorder what is displayed without being seen, so "Safe \u202Egnp.exe" shows as
 * "Safe exe.png" (Trojan Source): no name a person reads may contain them. Browser-safe: the
 * API's zod schemas and the forms use the same check.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export const BIDI_MESSAGE = "Remove invisible text-direction characters (they can disguise what is shown).";

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}
