/**
 * Who is calling: `{ userId, role, email, name }`, defined by @healio/auth (its `getActor` builds
 * it from the session). Type-only, so the API has no runtime dependency on Better-Auth.
 */
export type { Actor } from "@healio/auth";
