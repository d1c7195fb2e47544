import { ADMINS, type PolicyEntry } from "./types";

export const adminPolicy: PolicyEntry[] = [
  { path: "admin.overview", allow: ADMINS, ownership: "none", note: "aggregate counts only" },
];
