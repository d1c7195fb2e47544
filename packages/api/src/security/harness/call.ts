import type { Db } from "@healio/db";
import type { Actor } from "../../actor";
import { createCaller } from "../../root";
import type { Context } from "../../trpc";

export type Outcome = { ok: true; data: unknown } | { ok: false; code: string; message: string; error: unknown };

type Callable = (input?: unknown) => Promise<unknown>;

/** Calls the procedure at `path` (e.g. "medicine.list") through a server-side caller, never throwing. */
export async function callPath(
  ctx: Context | { db: Db; actor: Actor | null },
  path: string,
  input: unknown,
): Promise<Outcome> {
  const caller = createCaller(ctx) as unknown as Record<string, unknown>;
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    return { ok: true, data: await (fn as Callable)(input) };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown; name?: unknown };
    return {
      ok: false,
      code: e.name === "TRPCError" && typeof e.code === "string" ? e.code : `NOT_A_TRPC_ERROR(${String(e.name)})`,
      message: String(e.message),
      error,
    };
  }
}

export function describeOutcome(o: Outcome): string {
  return o.ok ? "OK" : `${o.code}: ${o.message}`;
}
