const one = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Five stars, `value` of them filled (rounded to the nearest whole star); the label says it in words. */
export function Stars({ value, label = true, className }: { value: number; label?: boolean; className?: string }) {
  const full = Math.max(0, Math.min(5, Math.round(value)));
  return (
    <span className={className ? `rating-stars ${className}` : "rating-stars"}>
      <span aria-hidden="true">
        {"★".repeat(full)}
        <span className="rating-stars__empty">{"★".repeat(5 - full)}</span>
      </span>
      {label ? <span className="hl-visually-hidden">{`${one.format(value)} out of 5 stars`}</span> : null}
    </span>
  );
}
