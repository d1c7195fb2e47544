import { readFileSync } from "node:fs";

/** The parts of V8's .cpuprofile format (written by `node --cpu-prof`) this summary reads. */
type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type CpuSummary = {
  /** Sampled milliseconds that were not (idle), inside the window. */
  busyMs: number;
  byFunction: { name: string; ms: number }[];
  byPackage: { name: string; ms: number }[];
};

/** node_modules package (pnpm layout: the last `node_modules/<pkg>`), Next chunk, app source or a V8 pseudo-frame. */
function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)(?!.*node_modules\/)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith("node:")) return "node:*";
  if (url.includes("/.next/server/chunks/")) return ".next chunk (app + bundled packages)";
  if (url.includes("/.next/")) return ".next (other)";
  return url.replace(/^file:\/\//, "").replace(/^.*\/(packages|apps|scripts)\//, "$1/");
}

/**
 * Self time per function and per package from a .cpuprofile, counting only samples whose
 * timestamp (µs, the same monotonic clock as process.hrtime) lies in [fromUs, toUs].
 */
export function summarizeCpuProfile(file: string, fromUs = 0, toUs = Number.POSITIVE_INFINITY, top = 40): CpuSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnMs = new Map<string, number>();
  const pkgMs = new Map<string, number>();
  let t = profile.startTime;
  let busyUs = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i]!;
    // A sample's time is the gap to the next one.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < fromUs || t > toUs) continue;
    const node = byId.get(profile.samples[i]!)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    busyUs += dt * 1000;
    const pkg = packageOf(url, functionName);
    const name = `${functionName || "(anonymous)"} ${pkg}${url ? `:${lineNumber + 1}` : ""}`;
    fnMs.set(name, (fnMs.get(name) ?? 0) + dt);
    pkgMs.set(pkg, (pkgMs.get(pkg) ?? 0) + dt);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return { busyMs: Math.round(busyUs / 1000), byFunction: sorted(fnMs), byPackage: sorted(pkgMs) };
}

// `tsx bench/cpu-summary.ts file.cpuprofile [requests]`: print the summary of a profile.
if (process.argv[1]?.endsWith("cpu-summary.ts")) {
  const [file, requests] = process.argv.slice(2);
  const s = summarizeCpuProfile(file!);
  const per = requests ? ` (${(s.busyMs / Number(requests)).toFixed(2)} ms per request)` : "";
  console.info(`busy ${s.busyMs} ms${per}\n\nby package:`);
  for (const p of s.byPackage) console.info(`  ${String(p.ms).padStart(7)}  ${p.name}`);
  console.info(`\nby function (self):`);
  for (const f of s.byFunction) console.info(`  ${String(f.ms).padStart(7)}  ${f.name}`);
}
