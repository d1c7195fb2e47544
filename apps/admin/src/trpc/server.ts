import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
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

/** The caller's own profile (me.get), shared by the console layout and its pages. */
export const getMe = cache(async () => {
  const api = await serverApi();
  return api.me.get();
});

/**
 * The signed-in user's profile, or a redirect to /sign-in. Layout and page both call it (they
 * render in parallel, so each must guard itself); React's cache makes it one lookup per request.
 */
export const requireMe = cache(async () => {
  if (!(await getCurrentActor())) redirect("/sign-in");
  return getMe();
});
