import { SIGNED_IN, type PolicyEntry } from "./types";

export const mePolicy: PolicyEntry[] = [
  { path: "me.get", allow: SIGNED_IN, ownership: "none", note: "always the caller's own profile (actor.userId)" },
];
