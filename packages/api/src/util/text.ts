import { z } from "zod";
import { BIDI_MESSAGE, hasBidiControls } from "@healio/auth/text";

/** A trimmed string that refuses invisible bidirectional controls (Trojan Source); chain min/max as usual. */
export function plainText() {
  return z.string().trim().refine((text) => !hasBidiControls(text), BIDI_MESSAGE);
}
