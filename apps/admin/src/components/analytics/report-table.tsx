import type { ReactNode } from "react";
import { cx } from "@healio/ui";
import { CsvButton } from "./csv-button";
import type { CsvCell } from "./csv";

export type ReportColumn = { label: string; numeric?: boolean; /** CSV header when it differs, e.g. "Revenue (USD)". */ csvLabel?: string };
export type ReportRow = { key: string; cells: ReactNode[]; csv: CsvCell[] };

export interface ReportTableProps {
  /** Caption (visually hidden when the section heading already says it). */
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  filename: string;
  empty: string;
  /** Long tables (one row per day) scroll inside a fixed height. */
  scroll?: boolean;
  hideCaption?: boolean;
}

/** A report table with its "Download CSV" button; the CSV holds exactly the rows shown, unformatted. */
export function ReportTable({ caption, columns, rows, filename, empty, scroll, hideCaption }: ReportTableProps) {
  return (
    <div className="analytics-table">
      <div className="analytics-table__bar">
        <CsvButton
          filename={filename}
          label={caption.toLowerCase()}
          header={columns.map((c) => c.csvLabel ?? c.label)}
          rows={rows.map((r) => r.csv)}
        />
      </div>
      <div
        className={cx("hl-card hl-table-wrap", scroll && "analytics-table__scroll")}
        {...(scroll ? { tabIndex: 0, role: "region", "aria-label": caption } : {})}
      >
        <table className="console-table">
          <caption className={hideCaption ? "hl-visually-hidden" : "analytics-table__caption"}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={c.numeric ? "console-table__num" : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="hl-muted">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) => (
                    <td key={columns[i]?.label ?? i} className={columns[i]?.numeric ? "console-table__num" : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
