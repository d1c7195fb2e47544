import { cx } from "./cx";

export interface SpinnerProps {
  size?: "md" | "lg";
  /** Text for screen readers; omit when the spinner sits next to visible text. */
  label?: string;
  className?: string;
}

export function Spinner({ size = "md", label, className }: SpinnerProps) {
  return (
    <>
      <span className={cx("hl-spinner", size === "lg" && "hl-spinner--lg", className)} aria-hidden="true" />
      {label ? <span className="hl-visually-hidden">{label}</span> : null}
    </>
  );
}

export interface LoadingStateProps {
  label?: string;
}

/** A centred spinner with a visible, announced label; use in loading.tsx boundaries. */
export function LoadingState({ label = "Loading…" }: LoadingStateProps) {
  return (
    <div className="hl-loading" role="status" aria-live="polite">
      <Spinner size="lg" />
      <span>{label}</span>
    </div>
  );
}
