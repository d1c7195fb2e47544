// Lots of the demo catalogue (pure, deterministic apart from `now`). Every medicine has a main lot
// (its opening stock; past orders took their units from it) and some have a second, restocked lot
// that expires soon, so the console's "expiring within 30/60/90 days" page has something to show.
import type { MedicineSeed } from "./build-catalogue";

const DAY_MS = 86_400_000;

export interface BatchRow {
  id: string;
  medicineId: string;
  lotNumber: string;
  expiresAt: Date;
  quantity: number;
  state: "AVAILABLE" | "EXPIRED";
  createdAt: Date;
  updatedAt: Date;
}

/** The lots of one medicine, main lot first; `extra` units are on hand in the second lot. */
export interface MedicineLots {
  main: BatchRow;
  extra: BatchRow | null;
}

const endOfDay = (t: number) => {
  const d = new Date(t);
  d.setUTCHours(23, 59, 59, 999);
  return d;
};

/**
 * `soldOut` = the listing never sold and is out of stock: its main lot expired a month after it
 * was listed (written off through the ledger, state EXPIRED). Main lots otherwise expire in 6-24
 * months; every third medicine with 12+ packs on hand holds a third of them in a lot expiring
 * within 10-100 days.
 */
export function planLots(m: MedicineSeed, index: number, now: Date, soldOut: boolean): MedicineLots {
  const lot = (suffix: string) => `L${String(10_000 + ((index * 7_919) % 90_000))}${suffix}`;
  const mainExpiry = soldOut
    ? endOfDay(m.createdAt.getTime() + 30 * DAY_MS)
    : endOfDay(now.getTime() + (180 + ((index * 53) % 540)) * DAY_MS);
  const extraUnits = !soldOut && index % 3 === 1 && m.finalStock >= 12 ? Math.floor(m.finalStock / 3) : 0;
  const main: BatchRow = {
    id: `seed-batch-${m.id}-a`,
    medicineId: m.id,
    lotNumber: lot("A"),
    expiresAt: mainExpiry,
    quantity: m.finalStock - extraUnits,
    state: soldOut ? "EXPIRED" : "AVAILABLE",
    createdAt: m.createdAt,
    updatedAt: m.createdAt,
  };
  const receivedAt = new Date(now.getTime() - 10 * DAY_MS);
  const extra: BatchRow | null =
    extraUnits > 0
      ? {
          id: `seed-batch-${m.id}-b`,
          medicineId: m.id,
          lotNumber: lot("B"),
          expiresAt: endOfDay(now.getTime() + (10 + ((index * 17) % 90)) * DAY_MS),
          quantity: extraUnits,
          state: "AVAILABLE",
          createdAt: receivedAt,
          updatedAt: receivedAt,
        }
      : null;
  return { main, extra };
}
