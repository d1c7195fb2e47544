import type { ReactNode } from "react";
import { Card } from "./Card";

export interface StatProps {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
}

/** A labelled number for dashboards. */
export function Stat({ label, value, hint }: StatProps) {
  return (
    <Card>
      <p className="hl-stat__label">{label}</p>
      <p className="hl-stat__value">{value}</p>
      {hint ? <p className="hl-small hl-muted">{hint}</p> : null}
    </Card>
  );
}
