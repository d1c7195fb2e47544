import { ADMINS, type PolicyEntry } from "./types";

export const peoplePolicy: PolicyEntry[] = [
  { path: "people.list", allow: ADMINS, ownership: "none", note: "admin people list (name, e-mail, role, state)" },
  { path: "people.get", allow: ADMINS, ownership: "none", note: "one person: profile, orders, sessions (never tokens), audit" },
  { path: "people.block", allow: ADMINS, ownership: "none", note: "revokes all sessions in the same transaction; not self, not the last admin" },
  { path: "people.unblock", allow: ADMINS, ownership: "none", note: "reason required, audited" },
];
