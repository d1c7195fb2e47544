import type { Prisma, PrescriptionStatus } from "@healio/db";

export const prescriptionSelect = {
  id: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  status: true,
  prescriberName: true,
  issuedAt: true,
  expiresAt: true,
  refillsAllowed: true,
  usesCount: true,
  rejectionReason: true,
  reviewedAt: true,
  createdAt: true,
  medicines: { select: { genericKey: true, strengthKey: true, label: true }, orderBy: { label: "asc" } },
} satisfies Prisma.PrescriptionSelect;

type PrescriptionRow = Prisma.PrescriptionGetPayload<{ select: typeof prescriptionSelect }>;

export type PrescriptionView = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  status: PrescriptionStatus;
  prescriberName: string | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
  refillsAllowed: number | null;
  usesCount: number;
  /** Uses left before it runs out (approved only; 1 + refills - uses). */
  usesLeft: number | null;
  /** Approved, not expired, uses left: may cover a new order of the medicines it lists. */
  reusable: boolean;
  rejectionReason: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  /** What it covers (generic name + strength), known once it accompanied an order. */
  medicines: { genericKey: string; strengthKey: string; label: string }[];
};

export function usesLeftOf(p: { status: PrescriptionStatus; refillsAllowed: number | null; usesCount: number }): number | null {
  if (p.status !== "APPROVED" || p.refillsAllowed === null) return null;
  return Math.max(0, 1 + p.refillsAllowed - p.usesCount);
}

export function toPrescriptionView(row: PrescriptionRow, now: Date): PrescriptionView {
  const usesLeft = usesLeftOf(row);
  return {
    ...row,
    usesLeft,
    reusable: row.status === "APPROVED" && row.expiresAt !== null && row.expiresAt > now && (usesLeft ?? 0) > 0,
  };
}
