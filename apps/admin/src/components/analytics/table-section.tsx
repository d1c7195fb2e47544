import type { ReactNode } from "react";
import { ReportTable, type ReportTableProps } from "./report-table";

export function Section({ id, title, children, description }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description ? <p className="hl-muted hl-small analytics-section__description">{description}</p> : null}
      {children}
    </section>
  );
}

/**
 * A dashboard section around its data table: the table is captioned by the section's title (the
 * caption stays for screen readers, the heading shows it) and downloads as CSV. `children` (a
 * chart drawing the same figures) goes above the table.
 */
export function TableSection({
  id,
  title,
  description,
  children,
  empty = "No sales in this range.",
  ...table
}: Omit<ReportTableProps, "caption" | "hideCaption" | "empty"> & { id: string; title: string; description?: string; empty?: string; children?: ReactNode }) {
  return (
    <Section id={id} title={title} {...(description ? { description } : {})}>
      {children}
      <ReportTable caption={title} hideCaption empty={empty} {...table} />
    </Section>
  );
}
