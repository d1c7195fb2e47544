import type { NextConfig } from "next";
import { securityHeaders } from "@healio/api/security/headers";

/**
 * The Next config both apps share. CSP, HSTS (https only), frame-ancestors 'none' etc. come from
 * one definition; seller image URLs may point at any https host (images only; scripts stay
 * same-origin). The app's config passes its own public URL (it reads the environment there).
 */
export function healioNextConfig({
  production,
  publicUrl,
  serverExternalPackages = [],
}: {
  production: boolean;
  publicUrl: string;
  /** The app's own packages to keep out of the server bundle (read from node_modules at runtime). */
  serverExternalPackages?: string[];
}): NextConfig {
  const https = publicUrl.startsWith("https://");
  return {
    // Workspace packages ship TypeScript source.
    transpilePackages: ["@healio/api", "@healio/auth", "@healio/client", "@healio/db", "@healio/mail", "@healio/ui"],
    // Native-ish Node packages stay out of the server bundle.
    serverExternalPackages: ["pg", "@prisma/adapter-pg", ...serverExternalPackages],
    typedRoutes: false,
    poweredByHeader: false,
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders({ production, https, imageOrigins: ["https:"] }) }];
    },
  };
}
