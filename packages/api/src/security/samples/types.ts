import type { Db } from "@healio/db";
import type { ActorKey, PersonKey } from "../harness/actors";
import type { World } from "../harness/world";

/**
 * A minimal valid input of one procedure, for the security tests (matrix, output shaping, mass
 * assignment, fuzzing). See ../policy/README.md.
 */
export type Sample = {
  /**
   * Builds the input from the world (a fresh one per procedure in the matrix). May create extra
   * rows through `db` (e.g. a PLACED order to cancel). Return undefined for procedures without input.
   */
  input: (world: World, db: Db) => unknown | Promise<unknown>;
  /**
   * Ownership procedures: whose object the input names (several when more than one party may act
   * on it, e.g. an order's customer and seller; the first is the sample's caller). Every other
   * allowed caller (except ADMIN for "owner-or-admin") must get NOT_FOUND.
   */
  owner?: PersonKey | readonly PersonKey[];
  /** The caller whose call must succeed; default: `owner`, else the first allowed of customerA, sellerA, admin, anonymous. */
  as?: Exclude<ActorKey, "banned">;
};

export type Samples = Record<string, Sample>;

export const NO_INPUT: Sample = { input: () => undefined };
