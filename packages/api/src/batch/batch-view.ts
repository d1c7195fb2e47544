import type { BatchState } from "@healio/db";

/** A lot as the console shows it. `sellable` is catalog/sellable.ts evaluated now. */
export type BatchView = {
  id: string;
  lotNumber: string;
  expiresAt: Date;
  quantity: number;
  state: BatchState;
  sellable: boolean;
  recall: { id: string; status: "OPEN" | "CLOSED"; createdAt: Date } | null;
};

export type ExpiringBatchView = {
  id: string;
  lotNumber: string;
  expiresAt: Date;
  quantity: number;
  medicine: { id: string; name: string; strength: string; slug: string };
  seller: { id: string; storeName: string };
};
