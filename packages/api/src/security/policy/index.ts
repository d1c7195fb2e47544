import { addressPolicy } from "./address";
import { adminPolicy } from "./admin";
import { analyticsPolicy } from "./analytics";
import { auditLogPolicy } from "./audit-log";
import { batchPolicy } from "./batch";
import { cartPolicy } from "./cart";
import { categoryPolicy } from "./category";
import { checkoutPolicy } from "./checkout";
import { healthPolicy } from "./health";
import { inventoryPolicy } from "./inventory";
import { listingPolicy } from "./listing";
import { manufacturerPolicy } from "./manufacturer";
import { medicinePolicy } from "./medicine";
import { mePolicy } from "./me";
import { orderPolicy } from "./order";
import { reviewPolicy } from "./review";
import { prescriptionPolicy } from "./prescription";
import { recallPolicy } from "./recall";
import { peoplePolicy } from "./people";
import { salePolicy } from "./sale";
import { sellerPolicy } from "./seller";
import { sellersPolicy } from "./sellers";
import type { PolicyEntry } from "./types";

export * from "./types";

/**
 * Who may call every procedure, as data (deny by default: a procedure missing here fails
 * security/policy.test.ts). One file per domain; see README.md in this folder.
 */
export const POLICY: readonly PolicyEntry[] = [
  ...healthPolicy,
  ...mePolicy,
  ...categoryPolicy,
  ...medicinePolicy,
  ...listingPolicy,
  ...inventoryPolicy,
  ...batchPolicy,
  ...recallPolicy,
  ...manufacturerPolicy,
  ...sellerPolicy,
  ...adminPolicy,
  ...cartPolicy,
  ...addressPolicy,
  ...checkoutPolicy,
  ...orderPolicy,
  ...reviewPolicy,
  ...prescriptionPolicy,
  ...peoplePolicy,
  ...sellersPolicy,
  ...analyticsPolicy,
  ...auditLogPolicy,
  ...salePolicy,
];

export function policyFor(path: string): PolicyEntry | undefined {
  return POLICY.find((entry) => entry.path === path);
}
