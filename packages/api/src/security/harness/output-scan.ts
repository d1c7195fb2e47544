import type { ActorKey } from "./actors";
import type { World } from "./world";

/** Keys that must never appear in a response (credentials, session and ban internals). */
export const SECRET_KEY = /password|token|secret|hash|salt|^otp|banReason|ipAddress|userAgent/i;
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[a-z]{2,}/gi;

/** A response field that legitimately shows something the scan would flag (why is mandatory). */
export type OutputAllowance = { path: string; key: string; actors: readonly ActorKey[]; why: string };

export type Leak = { path: string; actor: ActorKey; where: string; what: string };

function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/**
 * Flags, in one successful response: secret-looking keys; any email but the caller's own; the
 * phone number of any world person other than the caller (phones are per-person canaries).
 */
export function scanResponse(opts: {
  path: string;
  actor: ActorKey;
  world: World;
  data: unknown;
  allow: readonly OutputAllowance[];
}): Leak[] {
  const { path, actor, world } = opts;
  const self = actor in world.people ? world.people[actor as keyof World["people"]] : undefined;
  const foreignPhones = new Set(
    Object.values(world.people)
      .filter((p) => p.id !== self?.id)
      .map((p) => p.phone),
  );
  const allowed = (key: string) => opts.allow.some((a) => a.path === path && a.key === key && a.actors.includes(actor));
  const leaks: Leak[] = [];
  const seen = new Set<unknown>();

  const checkString = (where: string, key: string, value: string) => {
    if (allowed(key)) return;
    for (const email of value.match(EMAIL) ?? []) {
      if (email.toLowerCase() !== self?.email.toLowerCase()) leaks.push({ path, actor, where, what: `someone else's email ${email}` });
    }
    for (const phone of foreignPhones) if (value.includes(phone)) leaks.push({ path, actor, where, what: `someone else's phone ${phone}` });
  };

  const walk = (value: unknown, where: string, key: string) => {
    if (typeof value === "string") return checkString(where, key, value);
    if (!isWalkable(value) || seen.has(value)) return;
    seen.add(value);
    for (const [k, v] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${where}[${k}]` : `${where}.${k}`;
      if (!Array.isArray(value)) {
        if (SECRET_KEY.test(k) && !allowed(k)) leaks.push({ path, actor, where: at, what: `secret-looking key "${k}"` });
        checkString(at, k, k); // emails used as object keys
      }
      walk(v, at, Array.isArray(value) ? key : k);
    }
  };
  walk(opts.data, "result", "");
  return leaks;
}
