import { Stars } from "@/components/reviews/stars";

const one = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat("en-US");

export type RatingSummaryData = {
  average: number;
  count: number;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
};

/** Average stars, number of reviews and the 5..1 star breakdown as labelled bars. */
export function RatingSummary({ summary }: { summary: RatingSummaryData }) {
  if (summary.count === 0) {
    return (
      <section aria-labelledby="rating-heading" className="rating-summary">
        <h2 id="rating-heading" className="rating-summary__heading">
          Ratings
        </h2>
        <p className="hl-muted">No reviews yet.</p>
      </section>
    );
  }
  const stars = ["5", "4", "3", "2", "1"] as const;
  return (
    <section aria-labelledby="rating-heading" className="rating-summary">
      <h2 id="rating-heading" className="rating-summary__heading">
        Ratings
      </h2>
      <p className="rating-summary__average">
        <Stars value={summary.average} label={false} />
        <span>
          {one.format(summary.average)} out of 5
        </span>
        <span className="hl-muted hl-small">
          ({count.format(summary.count)} review{summary.count === 1 ? "" : "s"})
        </span>
      </p>
      <ul className="rating-bars" aria-label="Reviews by stars">
        {stars.map((star) => {
          const n = summary.distribution[star];
          const pct = summary.count > 0 ? Math.round((n / summary.count) * 100) : 0;
          return (
            <li key={star} className="rating-bars__row">
              <span className="rating-bars__label">{star} star{star === "1" ? "" : "s"}</span>
              <span className="rating-bars__track" aria-hidden="true">
                <span className="rating-bars__fill" style={{ width: `${pct}%` }} />
              </span>
              <span className="rating-bars__count">
                {count.format(n)}
                <span className="hl-visually-hidden"> reviews ({pct}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
