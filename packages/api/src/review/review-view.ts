import type { Prisma } from "@healio/db";
import { publicAuthorName } from "./review-author";

/** Columns every review view reads (explicit: the author's e-mail is never selected). */
export const reviewSelect = {
  id: true,
  medicineId: true,
  userId: true,
  rating: true,
  title: true,
  body: true,
  helpfulCount: true,
  replyBody: true,
  replyAt: true,
  hiddenAt: true,
  hiddenReason: true,
  editedAt: true,
  createdAt: true,
  user: { select: { name: true } },
  medicine: { select: { name: true, slug: true, sellerId: true, seller: { select: { name: true, sellerProfile: { select: { storeName: true } } } } } },
} satisfies Prisma.ReviewSelect;

export type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

/**
 * A review as the storefront shows it. `title`, `body` and `reply.body` are plain text: clients
 * render them as text nodes (React escapes them), never as HTML.
 */
export type ReviewView = {
  id: string;
  medicine: { id: string; name: string; slug: string };
  rating: number;
  title: string | null;
  body: string;
  /** "Ada L." */
  author: string;
  /** Always true: only customers with a delivered order of the medicine can write a review. */
  verifiedPurchase: true;
  createdAt: Date;
  /** Set when the author edited the review after writing it. */
  editedAt: Date | null;
  helpfulCount: number;
  reply: { body: string; at: Date; storeName: string } | null;
  /** The caller wrote it (edit / delete). */
  mine: boolean;
  /** The caller already marked it helpful. */
  votedHelpful: boolean;
  /** Moderation state: null for visible reviews. Shown only to the author, the seller's queue and admins. */
  hidden: { at: Date; reason: string } | null;
};

export function toReviewView(row: ReviewRow, opts: { callerId: string | null; voted: boolean; showHidden: boolean }): ReviewView {
  const storeName = row.medicine.seller.sellerProfile?.storeName ?? row.medicine.seller.name;
  return {
    id: row.id,
    medicine: { id: row.medicineId, name: row.medicine.name, slug: row.medicine.slug },
    rating: row.rating,
    title: row.title,
    body: row.body,
    author: publicAuthorName(row.user.name),
    verifiedPurchase: true,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    helpfulCount: row.helpfulCount,
    reply: row.replyBody !== null && row.replyAt !== null ? { body: row.replyBody, at: row.replyAt, storeName } : null,
    mine: opts.callerId !== null && opts.callerId === row.userId,
    votedHelpful: opts.voted,
    hidden: opts.showHidden && row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason ?? "" } : null,
  };
}
