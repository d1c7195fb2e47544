import type { Db } from "@healio/db";
import type { Actor } from "../../actor";
import type { PolicyEntry } from "../policy/types";
import type { Sample } from "../samples/types";
import { ACTOR_KEYS, ACTOR_PRINCIPAL, PRIMARY_ORDER, type ActorKey } from "./actors";
import { callPath, describeOutcome, type Outcome } from "./call";
import { changedTables, dbFingerprint } from "./fingerprint";
import { buildWorld, type World } from "./world";

/**
 * - UNAUTHORIZED / FORBIDDEN: the caller's role is refused; nothing may change.
 * - NOT_FOUND: allowed role, someone else's object; nothing may change (and no FORBIDDEN that
 *   would confirm the object exists).
 * - OK: the sample's own caller; must succeed (proves the sample input is valid).
 * - NOT_REFUSED: other allowed callers; any answer but UNAUTHORIZED, FORBIDDEN or a crash
 *   (e.g. CONFLICT after the primary caller already changed the object).
 */
export type Expectation = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "OK" | "NOT_REFUSED";
export type PlannedCall = { actor: ActorKey; expected: Expectation };
export type MatrixCheck = PlannedCall & { outcome: Outcome; changed: string[]; problem: string | null };

const REFUSED_OR_BROKEN = new Set(["UNAUTHORIZED", "FORBIDDEN", "INTERNAL_SERVER_ERROR"]);

export function ownersOf(sample: Sample): readonly ActorKey[] {
  return sample.owner === undefined ? [] : typeof sample.owner === "string" ? [sample.owner] : sample.owner;
}

/** Allowed by the builder and not refused by the service's documented business rule. */
export function mayCall(entry: PolicyEntry, k: ActorKey): boolean {
  const principal = ACTOR_PRINCIPAL[k];
  return entry.allow.includes(principal) && !entry.serviceRefuses?.includes(principal);
}

export function primaryActor(entry: PolicyEntry, sample: Sample): ActorKey | undefined {
  return sample.as ?? ownersOf(sample)[0] ?? PRIMARY_ORDER.find((k) => mayCall(entry, k));
}

/** Who is called, in which order (refusals first, so nothing has changed yet when they run), expecting what. */
export function planMatrix(entry: PolicyEntry, sample: Sample): { calls: PlannedCall[]; problems: string[] } {
  const problems: string[] = [];
  const allowed = (k: ActorKey) => mayCall(entry, k);
  const primary = primaryActor(entry, sample);
  const owners = ownersOf(sample);
  if (entry.ownership !== "none" && owners.length === 0) problems.push(`ownership "${entry.ownership}" needs sample.owner`);
  const nonOwner = (k: ActorKey) =>
    entry.ownership !== "none" && !owners.includes(k) && !(entry.ownership === "owner-or-admin" && k === "admin");
  if (!primary || !allowed(primary)) problems.push(`the sample's caller ${String(primary)} is not allowed`);
  else if (nonOwner(primary)) problems.push(`the sample's caller ${primary} is not the owner`);

  const calls: PlannedCall[] = [];
  for (const k of ACTOR_KEYS) {
    if (!allowed(k)) calls.push({ actor: k, expected: ACTOR_PRINCIPAL[k] === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN" });
  }
  for (const k of ACTOR_KEYS) if (allowed(k) && k !== primary && nonOwner(k)) calls.push({ actor: k, expected: "NOT_FOUND" });
  if (primary) calls.push({ actor: primary, expected: "OK" });
  for (const k of ACTOR_KEYS) if (allowed(k) && k !== primary && !nonOwner(k)) calls.push({ actor: k, expected: "NOT_REFUSED" });
  return { calls, problems };
}

function judge(expected: Expectation, outcome: Outcome, changed: string[]): string | null {
  const got = describeOutcome(outcome);
  switch (expected) {
    case "UNAUTHORIZED":
    case "FORBIDDEN":
    case "NOT_FOUND":
      if (outcome.ok || outcome.code !== expected) return `expected ${expected}, got ${got}`;
      return changed.length > 0 ? `refused, but changed ${changed.join(", ")}` : null;
    case "OK":
      return outcome.ok ? null : `expected success, got ${got}`;
    case "NOT_REFUSED":
      return !outcome.ok && (REFUSED_OR_BROKEN.has(outcome.code) || outcome.code.startsWith("NOT_A_TRPC"))
        ? `an allowed caller got ${got}`
        : null;
  }
}

export type MatrixRun = { world: World; checks: MatrixCheck[]; problems: string[] };

/** Builds a fresh world, then calls the procedure as every actor of the plan. */
export async function runMatrix(opts: {
  db: Db;
  path: string;
  entry: PolicyEntry;
  sample: Sample;
  resolveBanned: () => Promise<Actor | null>;
}): Promise<MatrixRun> {
  const { db, path, entry, sample } = opts;
  const world = await buildWorld(db);
  const input = await sample.input(world, db);
  const { calls, problems } = planMatrix(entry, sample);
  const checks: MatrixCheck[] = [];
  for (const call of calls) {
    const actor =
      call.actor === "anonymous" ? null : call.actor === "banned" ? await opts.resolveBanned() : world.people[call.actor].actor;
    if (call.actor === "banned" && actor !== null) problems.push("the banned user's session still resolves to an actor");
    const before = call.expected === "OK" || call.expected === "NOT_REFUSED" ? undefined : await dbFingerprint(db);
    const outcome = await callPath({ db, actor }, path, input);
    const changed = before ? changedTables(before, await dbFingerprint(db)) : [];
    const problem = judge(call.expected, outcome, changed);
    checks.push({ ...call, outcome, changed, problem });
    if (problem) problems.push(`${call.actor} (${ACTOR_PRINCIPAL[call.actor]}): ${problem}`);
  }
  return { world, checks, problems };
}
