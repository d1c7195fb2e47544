import autocannon from "autocannon";

export type LoadFigures = { rps: number; p50: number; p99: number; non2xx: number; errors: number };
export type RequestShape = { method: string; path: string; headers: Record<string, string>; body?: string };

export type Budget = { seconds: number } | { amount: number };

/** One autocannon run over loopback for a duration (or a number of requests); `next` builds each request. */
export async function load(baseUrl: string, connections: number, budget: Budget, next: () => RequestShape): Promise<LoadFigures & { codes: Record<string, number>; sent: number }> {
  const first = next();
  const result = await autocannon({
    url: baseUrl,
    connections,
    ...("seconds" in budget ? { duration: budget.seconds } : { amount: budget.amount }),
    timeout: 30,
    requests: [{ ...first, setupRequest: () => next() }],
  });
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    codes,
    sent: result.requests.sent ?? 0,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Medians over rounds (non-2xx and errors are summed: any is a finding). */
export function summarize(rounds: LoadFigures[]): LoadFigures & { rounds: number } {
  return {
    rps: Math.round(median(rounds.map((r) => r.rps)) * 10) / 10,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    rounds: rounds.length,
  };
}
