import { ADMINS, type PolicyEntry } from "./types";

export const auditLogPolicy: PolicyEntry[] = [
  { path: "auditLog.list", allow: ADMINS, ownership: "none", note: "read-only; audit rows are append-only (DB trigger)" },
  { path: "auditLog.facets", allow: ADMINS, ownership: "none", note: "distinct entity types and actions" },
];
