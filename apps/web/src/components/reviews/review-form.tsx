"use client";

import { useId, useState } from "react";
import { Alert, Button, TextField } from "@healio/ui";

export const TITLE_MAX = 120;
export const BODY_MAX = 2000;
const STAR_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"] as const;

export type ReviewDraft = { rating: number; title: string; body: string };

/** 1..5 stars as a radio group: keyboard and screen-reader friendly, styled as stars. */
function StarInput({ value, onChange, error }: { value: number; onChange: (v: number) => void; error?: string }) {
  const name = useId();
  return (
    <fieldset className="star-input" aria-invalid={error ? true : undefined}>
      <legend>Your rating</legend>
      <div className="star-input__options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="star-input__option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={`${n} star${n === 1 ? "" : "s"}: ${STAR_WORDS[n]}`} />
            <span className={`star-input__star${n <= value ? " star-input__star--on" : ""}`} aria-hidden="true">
              ★
            </span>
          </label>
        ))}
      </div>
      {value > 0 ? <span className="hl-small hl-muted">{STAR_WORDS[value]}</span> : null}
      {error ? <p className="hl-field__error">{error}</p> : null}
    </fieldset>
  );
}

/** Writes or edits a review; the server validates again (and is the one that decides). */
export function ReviewForm({
  initial,
  submitLabel,
  pending,
  error,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  initial?: ReviewDraft;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  onSubmit: (draft: ReviewDraft) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ReviewDraft>(initial ?? { rating: 0, title: "", body: "" });
  const [ratingError, setRatingError] = useState<string | undefined>();
  return (
    <form
      className="review-form"
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.rating < 1) {
          setRatingError("Choose 1 to 5 stars.");
          return;
        }
        setRatingError(undefined);
        onSubmit(draft);
      }}
    >
      <StarInput value={draft.rating} onChange={(rating) => setDraft({ ...draft, rating })} error={ratingError ?? fieldErrors.rating?.[0]} />
      <TextField
        label="Title (optional)"
        maxLength={TITLE_MAX}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={fieldErrors.title?.[0]}
      />
      <div className="hl-field">
        <label className="hl-field__label" htmlFor={`${id}-body`}>
          Your review (optional)
        </label>
        <textarea
          id={`${id}-body`}
          className="hl-input hl-textarea"
          rows={5}
          maxLength={BODY_MAX}
          value={draft.body}
          aria-describedby={`${id}-count`}
          aria-invalid={fieldErrors.body ? true : undefined}
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        />
        <p id={`${id}-count`} className="hl-field__hint">
          {draft.body.length.toLocaleString("en-US")} / {BODY_MAX.toLocaleString("en-US")} characters. Plain text only.
        </p>
        {fieldErrors.body?.[0] ? <p className="hl-field__error">{fieldErrors.body[0]}</p> : null}
      </div>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="hl-row">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
