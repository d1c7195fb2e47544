export type Row = {
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  baseline?: string;
  baselineRps?: number;
  ratio?: number;
  goal?: string;
  ok?: boolean;
};

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function table(rows: Row[]): string {
  const head = `${pad("endpoint", 36)} ${lpad("req/s", 8)} ${lpad("p50", 6)} ${lpad("p99", 6)} ${lpad("non2xx", 7)}  ${pad("baseline", 22)} ${lpad("base/s", 8)} ${lpad("ratio", 6)}  goal`;
  const lines = rows.map(
    (r) =>
      `${pad(r.endpoint, 36)} ${lpad(r.rps.toFixed(1), 8)} ${lpad(String(r.p50), 6)} ${lpad(String(r.p99), 6)} ${lpad(String(r.non2xx), 7)}  ${pad(r.baseline ?? "", 22)} ${lpad(r.baselineRps === undefined ? "" : r.baselineRps.toFixed(1), 8)} ${lpad(r.ratio === undefined ? "" : r.ratio.toFixed(2), 6)}  ${r.goal ?? ""}${r.ok === undefined ? "" : r.ok ? "  met" : "  NOT met"}`,
  );
  return [head, "-".repeat(head.length), ...lines].join("\n");
}
