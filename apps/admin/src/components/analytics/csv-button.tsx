"use client";

import { Button } from "@healio/ui";
import { toCsv, type CsvCell } from "./csv";

export interface CsvButtonProps {
  /** Download name without extension, e.g. "revenue-by-day-2026-03-01-2026-03-30". */
  filename: string;
  header: string[];
  rows: CsvCell[][];
  /** What the table is, for the accessible name: "Download revenue by day as CSV". */
  label: string;
}

/** Builds the CSV in the browser from the rows the table shows and downloads it. */
export function CsvButton({ filename, header, rows, label }: CsvButtonProps) {
  const download = () => {
    // A BOM so spreadsheet programs read the UTF-8 (names with accents) correctly.
    const blob = new Blob(["\uFEFF", toCsv(header, rows)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${filename}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button type="button" variant="secondary" size="sm" onClick={download} disabled={rows.length === 0} aria-label={`Download ${label} as CSV`}>
      Download CSV
    </Button>
  );
}
