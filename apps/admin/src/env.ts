import "server-only";

// Both apps read the same variables; they are validated once, in @healio/client.
export { env } from "@healio/client/server/env";
