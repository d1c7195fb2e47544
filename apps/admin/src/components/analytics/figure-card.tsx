import type { ReactNode } from "react";
import { Card } from "@healio/ui";
import type { Change } from "./format";

export interface FigureCardProps {
  label: string;
  value: ReactNode;
  change: Change;
  /** The previous period's value, formatted ("$1,234.00"). */
  previous: string;
  /** For a cancellation rate, going down is good. */
  lowerIsBetter?: boolean;
  hint?: ReactNode;
}

/** A headline figure with its change against the previous period (arrow, colour and words). */
export function FigureCard({ label, value, change, previous, lowerIsBetter, hint }: FigureCardProps) {
  const good = change.kind === "up" ? !lowerIsBetter : change.kind === "down" ? lowerIsBetter : undefined;
  const tone = good === undefined ? "analytics-change--flat" : good ? "delta--up" : "delta--down";
  const words =
    change.kind === "up" || change.kind === "down"
      ? `${change.kind === "up" ? "Up" : "Down"} ${change.text}`
      : change.kind === "new"
        ? "New"
        : change.kind === "same"
          ? "No change"
          : "No comparison";
  const arrow = change.kind === "up" ? "▲" : change.kind === "down" ? "▼" : change.kind === "new" ? "▲" : "–";
  return (
    <Card className="analytics-figure">
      <p className="hl-stat__label">{label}</p>
      <p className="hl-stat__value">{value}</p>
      <p className={`analytics-change ${tone}`}>
        <span aria-hidden="true">{arrow} </span>
        {words}
        <span className="analytics-change__previous"> vs {previous}</span>
      </p>
      {hint ? <p className="hl-small hl-muted">{hint}</p> : null}
    </Card>
  );
}
