import { ANYONE, type PolicyEntry } from "./types";

export const manufacturerPolicy: PolicyEntry[] = [
  { path: "manufacturer.list", allow: ANYONE, ownership: "none", note: "names only" },
];
