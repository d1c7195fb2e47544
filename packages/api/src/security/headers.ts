export type SecurityHeader = { key: string; value: string };

export type SecurityHeadersOptions = {
  /** No 'unsafe-eval' / dev websockets (Next dev needs them). */
  production: boolean;
  /**
   * The app is served over https: adds HSTS and upgrade-insecure-requests. Default: `production`.
   * Pass false for a production build on plain http (e.g. `next start` on a LAN address).
   */
  https?: boolean;
  /** Extra origins images may load from (e.g. a CDN for medicine pictures), as CSP sources. */
  imageOrigins?: readonly string[];
};

/**
 * Content-Security-Policy for a Next.js app served from one origin (the API is same-origin at
 * /api/*). Sources are 'self' only; the exceptions are what Next needs without per-request nonces:
 * - script-src 'unsafe-inline': App Router streams inline <script> tags (RSC payload, bootstrap).
 *   A nonce-based policy would need a proxy/middleware and fully dynamic rendering.
 * - 'unsafe-eval' and ws: in development only (React Refresh / HMR).
 * - style-src 'unsafe-inline': next/font and React style attributes.
 * XSS defence therefore rests on React's escaping; the CSP still blocks foreign scripts, framing,
 * plugins, <base> hijacking, form posts to other origins and data exfiltration via connect-src.
 */
export function contentSecurityPolicy(opts: SecurityHeadersOptions): string {
  const images = ["'self'", "data:", "blob:", ...(opts.imageOrigins ?? [])];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(opts.production ? [] : ["'unsafe-eval'"])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": images,
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(opts.production ? [] : ["ws:", "wss:"])],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
  };
  const parts = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (opts.https ?? opts.production) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

/**
 * The response headers of both Next apps (`headers()` in next.config.ts, source "/:path*").
 * HSTS and upgrade-insecure-requests only over https (default: in production); browsers ignore
 * HSTS on plain http anyway, but upgrading subresources there would break the page.
 */
export function securityHeaders(opts: SecurityHeadersOptions): SecurityHeader[] {
  const headers: SecurityHeader[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(opts) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Legacy twin of frame-ancestors 'none' for old browsers.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-DNS-Prefetch-Control", value: "off" },
  ];
  if (opts.https ?? opts.production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
