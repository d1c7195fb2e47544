import { addressSamples } from "./address";
import { adminSamples } from "./admin";
import { analyticsSamples } from "./analytics";
import { auditLogSamples } from "./audit-log";
import { batchSamples } from "./batch";
import { cartSamples } from "./cart";
import { categorySamples } from "./category";
import { checkoutSamples } from "./checkout";
import { healthSamples } from "./health";
import { inventorySamples } from "./inventory";
import { listingSamples } from "./listing";
import { manufacturerSamples } from "./manufacturer";
import { medicineSamples } from "./medicine";
import { meSamples } from "./me";
import { orderSamples } from "./order";
import { reviewSamples } from "./review";
import { prescriptionSamples } from "./prescription";
import { recallSamples } from "./recall";
import { peopleSamples } from "./people";
import { saleSamples } from "./sale";
import { sellerSamples } from "./seller";
import { sellersSamples } from "./sellers";
import type { Sample, Samples } from "./types";

export type { Sample, Samples } from "./types";

const parts: Samples[] = [
  healthSamples,
  meSamples,
  categorySamples,
  medicineSamples,
  listingSamples,
  inventorySamples,
  batchSamples,
  recallSamples,
  manufacturerSamples,
  sellerSamples,
  adminSamples,
  cartSamples,
  addressSamples,
  checkoutSamples,
  orderSamples,
  reviewSamples,
  prescriptionSamples,
  peopleSamples,
  sellersSamples,
  analyticsSamples,
  auditLogSamples,
  saleSamples,
];

/** Every procedure's sample input, by path. A procedure without one fails the security tests. */
export const SAMPLES: Readonly<Record<string, Sample>> = Object.assign({}, ...parts);

/** Paths defined in more than one sample file (must be empty). */
export function duplicateSamplePaths(): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const part of parts) {
    for (const path of Object.keys(part)) {
      if (seen.has(path)) dup.push(path);
      seen.add(path);
    }
  }
  return dup;
}
