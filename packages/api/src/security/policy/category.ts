import { ADMINS, ANYONE, type PolicyEntry } from "./types";

export const categoryPolicy: PolicyEntry[] = [
  { path: "category.tree", allow: ANYONE, ownership: "none", note: "public catalogue" },
  { path: "category.breadcrumbs", allow: ANYONE, ownership: "none", note: "public catalogue" },
  { path: "category.bySlug", allow: ANYONE, ownership: "none", note: "public catalogue" },
  { path: "category.create", allow: ADMINS, ownership: "none", note: "audited" },
  { path: "category.rename", allow: ADMINS, ownership: "none", note: "audited" },
  { path: "category.move", allow: ADMINS, ownership: "none", note: "audited; cycles refused (CONFLICT)" },
  { path: "category.delete", allow: ADMINS, ownership: "none", note: "audited; in use -> CONFLICT unless reassigned" },
];
