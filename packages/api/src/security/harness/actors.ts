import type { Principal } from "../policy/types";

/**
 * The callers of the matrix. `banned` is a real signed-in user whose account was then banned: the
 * HTTP layer resolves its session to no actor (getActor -> null), so it must fare like `anonymous`.
 */
export type ActorKey = "anonymous" | "banned" | "customerA" | "customerB" | "sellerA" | "sellerB" | "admin";
export type PersonKey = Exclude<ActorKey, "anonymous" | "banned">;

export const ACTOR_KEYS: readonly ActorKey[] = [
  "anonymous",
  "banned",
  "customerA",
  "customerB",
  "sellerA",
  "sellerB",
  "admin",
];

export const ACTOR_PRINCIPAL: Record<ActorKey, Principal> = {
  anonymous: "anonymous",
  banned: "anonymous",
  customerA: "CUSTOMER",
  customerB: "CUSTOMER",
  sellerA: "SELLER",
  sellerB: "SELLER",
  admin: "ADMIN",
};

/** Default "must succeed" caller of a procedure without an owner: the first allowed of these. */
export const PRIMARY_ORDER: readonly ActorKey[] = ["customerA", "sellerA", "admin", "anonymous"];
