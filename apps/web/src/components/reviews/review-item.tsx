"use client";

import { Badge, DateTime } from "@healio/ui";
import type { ReactNode } from "react";
import type { RouterOutputs } from "@/trpc/types";
import { Stars } from "./stars";

export type ReviewData = RouterOutputs["review"]["list"]["items"][number];

/**
 * One review. Title, body and reply are rendered as React text (escaped), never as HTML: a
 * "<script>" in a review shows up as those characters.
 */
export function ReviewItem({ review, actions, as = "li" }: { review: ReviewData; actions?: ReactNode; as?: "li" | "div" }) {
  const Tag = as;
  return (
    <Tag className="review" aria-label={`Review by ${review.author}`}>
      <div className="review__head">
        <Stars value={review.rating} />
        {review.title ? <h3 className="review__title">{review.title}</h3> : null}
      </div>
      <p className="review__meta">
        {review.author} · <DateTime value={review.createdAt} />
        {review.editedAt ? " · edited" : ""} · <Badge tone="success">Verified purchase</Badge>
        {review.hidden ? (
          <>
            {" "}
            · <Badge tone="warning">Hidden by moderators: {review.hidden.reason}</Badge>
          </>
        ) : null}
      </p>
      {review.body ? <p className="review__body">{review.body}</p> : null}
      {review.reply ? (
        <blockquote className="review__reply">
          <p>
            <strong>Reply from {review.reply.storeName}</strong> · <DateTime value={review.reply.at} />
          </p>
          <p>{review.reply.body}</p>
        </blockquote>
      ) : null}
      {actions ? <div className="review__actions">{actions}</div> : null}
    </Tag>
  );
}
