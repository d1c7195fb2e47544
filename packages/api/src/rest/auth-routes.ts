import { z } from "zod";

/**
 * Better-Auth's own endpoints (mounted at /api/auth/*, not in the route table) and the original
 * API's names for them. The storefront's auth route rewrites an alias to its target before
 * Better-Auth sees it, so both names behave identically (see authAliasTarget).
 */
export const AUTH_ALIASES: Readonly<Record<string, string>> = {
  "/api/auth/register": "/api/auth/sign-up/email",
  "/api/auth/login": "/api/auth/sign-in/email",
};

/** The Better-Auth path an alias stands for, or null. */
export function authAliasTarget(pathname: string): string | null {
  return AUTH_ALIASES[pathname.replace(/\/+$/, "")] ?? null;
}

/** A request to an alias, re-addressed to its Better-Auth endpoint (same method, headers, body). */
export async function rewriteAuthAlias(req: Request): Promise<Request | null> {
  const url = new URL(req.url);
  const target = authAliasTarget(url.pathname);
  if (!target) return null;
  url.pathname = target;
  const body = req.method === "GET" || req.method === "HEAD" ? null : await req.arrayBuffer();
  return new Request(url, { method: req.method, headers: req.headers, body, signal: req.signal });
}

export const signUpBody = z
  .object({
    email: z.email(),
    password: z.string().min(8).max(128),
    name: z.string().min(1),
  })
  .meta({ id: "SignUp", description: "Any other field (e.g. `role`) is ignored: new accounts are customers." });

export const signInBody = z
  .object({ email: z.email(), password: z.string(), rememberMe: z.boolean().optional() })
  .meta({ id: "SignIn" });

export const signedInResponse = z
  .looseObject({
    token: z.string().meta({ description: "Session token, also usable as `Authorization: Bearer <token>`" }),
    user: z.looseObject({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }),
  })
  .meta({ id: "SignedIn" });

export type AuthDocRoute = { path: string; summary: string; body: z.ZodType; aliasOf?: string };

export const AUTH_DOC_ROUTES: readonly AuthDocRoute[] = [
  { path: "/api/auth/sign-up/email", summary: "Create a customer account", body: signUpBody },
  { path: "/api/auth/register", summary: "Create a customer account", body: signUpBody, aliasOf: "/api/auth/sign-up/email" },
  { path: "/api/auth/sign-in/email", summary: "Sign in", body: signInBody },
  { path: "/api/auth/login", summary: "Sign in", body: signInBody, aliasOf: "/api/auth/sign-in/email" },
];

export const authErrorResponse = z
  .looseObject({ code: z.string().optional(), message: z.string() })
  .meta({ id: "AuthError", description: "Better-Auth's error body" });
