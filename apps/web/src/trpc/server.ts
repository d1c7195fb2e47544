import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { createCaller } from "@healio/api";
import { getDb } from "@healio/db";
import { resolveActor } from "@/server/auth";

/** The signed-in actor of this request (or null); cached so a page and its layout share one lookup. */
export const getCurrentActor = cache(async () => resolveActor(await headers()));

/**
 * Server-side tRPC caller for React Server Components: same procedures and authorization as over
 * HTTP, without the HTTP hop. Usage: `const api = await serverApi(); await api.medicine.list({})`.
 */
export const serverApi = cache(async () => createCaller({ db: getDb(), actor: await getCurrentActor() }));
