import { isIP } from "node:net";

/**
 * The client address for rate limiting: the first hop of X-Forwarded-For, else X-Real-IP.
 * Only meaningful behind a reverse proxy that sets these headers (and strips client-sent ones);
 * without one, a client can choose its own key (see SECURITY.md). Invalid values are ignored.
 */
export function clientIpFrom(headers: Headers): string | undefined {
  const candidates = [headers.get("x-forwarded-for")?.split(",")[0], headers.get("x-real-ip")];
  for (const raw of candidates) {
    const value = raw?.trim();
    if (value && isIP(value) !== 0) return value;
  }
  return undefined;
}
