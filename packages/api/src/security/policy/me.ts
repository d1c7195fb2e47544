import { SIGNED_IN, type PolicyEntry } from "./types";

export const mePolicy: PolicyEntry[] = [
  { path: "me.get", allow: SIGNED_IN, ownership: "none", note: "always the caller's own profile (actor.userId)" },
  { path: "me.update", allow: SIGNED_IN, ownership: "none", note: "the caller's own name, phone, image; no id in the input; audited" },
];
