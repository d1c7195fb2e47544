"use client";

import "./reviews.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, LoadingState } from "@healio/ui";
import { apiErrorInfo, apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { ReviewForm, type ReviewDraft } from "./review-form";
import { ReviewItem, type ReviewData } from "./review-item";

const PAGE = 10;
type Viewer = "customer" | "visitor" | "staff";

/** The caller's own review, with edit and delete. */
function OwnReview({ review, onChanged }: { review: ReviewData; onChanged: () => void }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const update = useMutation(trpc.review.update.mutationOptions({ onSuccess: () => { setEditing(false); onChanged(); } }));
  const remove = useMutation(trpc.review.delete.mutationOptions({ onSuccess: onChanged }));
  if (editing) {
    const info = update.error ? apiErrorInfo(update.error) : null;
    return (
      <ReviewForm
        initial={{ rating: review.rating, title: review.title ?? "", body: review.body }}
        submitLabel="Save review"
        pending={update.isPending}
        error={info?.message ?? null}
        fieldErrors={info?.fieldErrors ?? {}}
        onCancel={() => setEditing(false)}
        onSubmit={(d) => update.mutate({ reviewId: review.id, rating: d.rating, title: d.title, body: d.body })}
      />
    );
  }
  return (
    <div className="hl-stack hl-stack--sm">
      <h3 className="rating-summary__heading">Your review</h3>
      <ReviewItem
        as="div"
        review={review}
        actions={
          confirmDelete ? (
            <>
              <span>Delete your review?</span>
              <Button variant="danger" size="sm" loading={remove.isPending} onClick={() => remove.mutate({ reviewId: review.id })}>
                Yes, delete
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <>
              <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirmDelete(true)}>
                Delete
              </Button>
            </>
          )
        }
      />
      {remove.error ? <Alert tone="danger">{apiErrorMessage(remove.error)}</Alert> : null}
    </div>
  );
}

/** "Write a review" for an eligible customer, the own review, or why they cannot review yet. */
function CustomerReviewPanel({ medicineId, onChanged }: { medicineId: string; onChanged: () => void }) {
  const trpc = useTRPC();
  const eligibility = useQuery(trpc.review.eligibility.queryOptions({ medicineId }));
  const create = useMutation(trpc.review.create.mutationOptions({ onSuccess: onChanged }));
  if (eligibility.isPending) return <LoadingState label="Checking whether you can review…" />;
  if (eligibility.isError) return <Alert tone="danger">{apiErrorMessage(eligibility.error)}</Alert>;
  const { ownReview, canReview } = eligibility.data;
  if (ownReview) return <OwnReview review={ownReview} onChanged={onChanged} />;
  if (!canReview) {
    return <p className="hl-small hl-muted">You can review this medicine once an order containing it has been delivered to you.</p>;
  }
  const info = create.error ? apiErrorInfo(create.error) : null;
  return (
    <div className="hl-stack hl-stack--sm" id="write-review">
      <h3 className="rating-summary__heading">Write a review</h3>
      <ReviewForm
        submitLabel="Post review"
        pending={create.isPending}
        error={info?.message ?? null}
        fieldErrors={info?.fieldErrors ?? {}}
        onSubmit={(d: ReviewDraft) => create.mutate({ medicineId, rating: d.rating, title: d.title, body: d.body })}
      />
    </div>
  );
}

function HelpfulButton({ review, viewer, onVoted }: { review: ReviewData; viewer: Viewer; onVoted: () => void }) {
  const trpc = useTRPC();
  const vote = useMutation(trpc.review.markHelpful.mutationOptions({ onSuccess: onVoted }));
  const label = `Helpful (${review.helpfulCount})`;
  if (viewer !== "customer" || review.mine) return review.helpfulCount > 0 ? <span className="hl-small hl-muted">{review.helpfulCount} found this helpful</span> : null;
  if (review.votedHelpful) return <span className="hl-small hl-muted">You found this helpful · {review.helpfulCount}</span>;
  return (
    <>
      <Button variant="ghost" size="sm" loading={vote.isPending} onClick={() => vote.mutate({ reviewId: review.id })} aria-label={`Mark review by ${review.author} as helpful`}>
        👍 {label}
      </Button>
      {vote.error ? <span className="hl-field__error">{apiErrorMessage(vote.error)}</span> : null}
    </>
  );
}

/** Reviews of a medicine: sort, keyset "Load more", helpful marks, and the customer's own review. */
export function ReviewSection({ medicineId, viewer, signInHref }: { medicineId: string; viewer: Viewer; signInHref: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<"newest" | "helpful">("newest");
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((cursor) => trpc.review.list.queryOptions({ medicineId, sort, limit: PAGE, ...(cursor ? { cursor } : {}) })),
  });
  const first = pages[0];
  const last = pages.at(-1);
  const reviews = pages.flatMap((p) => p.data?.items ?? []);
  const nextCursor = last?.data?.nextCursor ?? null;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
    // The rating summary, histogram and header stars are server-rendered: re-render them.
    router.refresh();
  };

  return (
    <section aria-labelledby="reviews-heading" className="reviews">
      <div className="reviews__toolbar">
        <h2 id="reviews-heading" className="rating-summary__heading">
          Reviews
        </h2>
        <label className="hl-row hl-small">
          Sort by
          <select
            className="hl-input"
            style={{ width: "auto" }}
            value={sort}
            onChange={(e) => {
              setSort(e.target.value as "newest" | "helpful");
              setCursors([undefined]);
            }}
          >
            <option value="newest">Newest first</option>
            <option value="helpful">Most helpful</option>
          </select>
        </label>
      </div>
      {viewer === "customer" ? <CustomerReviewPanel medicineId={medicineId} onChanged={refresh} /> : null}
      {viewer === "visitor" ? (
        <p className="hl-small hl-muted">
          <Link href={signInHref}>Sign in</Link> to review a medicine you have received.
        </p>
      ) : null}
      {first?.isPending ? <LoadingState label="Loading reviews…" /> : null}
      {first?.isError ? (
        <Alert tone="danger" title="Could not load the reviews">
          <Button variant="secondary" size="sm" onClick={() => void first.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {first?.data && reviews.length === 0 ? <p className="hl-muted">No reviews yet.</p> : null}
      {reviews.length > 0 ? (
        <ul className="reviews__list" aria-label="Customer reviews">
          {reviews.map((review) => (
            <ReviewItem key={review.id} review={review} actions={<HelpfulButton review={review} viewer={viewer} onVoted={refresh} />} />
          ))}
        </ul>
      ) : null}
      {last && last !== first && last.isError ? <Alert tone="danger">{apiErrorMessage(last.error)}</Alert> : null}
      {nextCursor || (last?.isPending && last !== first) ? (
        <div>
          <Button variant="secondary" loading={last?.isPending} onClick={() => nextCursor && setCursors([...cursors, nextCursor])}>
            More reviews
          </Button>
        </div>
      ) : null}
    </section>
  );
}
