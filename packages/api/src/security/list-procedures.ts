import type { AnyRouter } from "@trpc/server";
import type { Access, Meta } from "../trpc";

export type ProcedureInfo = {
  path: string;
  type: "query" | "mutation" | "subscription";
  /** undefined means the procedure was not built from one of the access-declaring builders. */
  access: Access | undefined;
};

/** Every procedure of a router with its declared access (for the security-matrix test). */
export function listProcedures(router: AnyRouter): ProcedureInfo[] {
  const procedures = router._def.procedures as Record<
    string,
    { _def: { type: ProcedureInfo["type"]; meta?: Partial<Meta> } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
