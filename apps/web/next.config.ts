import type { NextConfig } from "next";
import { securityHeaders } from "@healio/api/security/headers";

// CSP, HSTS (https only), frame-ancestors 'none' etc. are defined once for both apps.
// Seller image URLs may point at any https host (images only; scripts stay same-origin).
const production = process.env.NODE_ENV === "production";
const https = (process.env.WEB_URL ?? "").startsWith("https://");

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@healio/api", "@healio/auth", "@healio/db", "@healio/mail", "@healio/ui"],
  // Native-ish Node packages stay out of the server bundle.
  // swagger-ui-dist: its files are read from node_modules at runtime by /api/docs/[asset].
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "swagger-ui-dist"],
  typedRoutes: false,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ production, https, imageOrigins: ["https:"] }) }];
  },
};

export default nextConfig;
