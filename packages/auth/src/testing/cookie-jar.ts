// A browser's cookie handling, reduced to what an OAuth redirect chain needs: cookies per host
// name (like browsers, ports do not separate them), removal by Max-Age=0 / past Expires, and
// following redirects by hand so every hop's Set-Cookie is kept.

export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  header(url: string): string {
    return [...(this.byHost.get(new URL(url).hostname) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  store(url: string, res: Response): void {
    const host = new URL(url).hostname;
    const jar = this.byHost.get(host) ?? new Map<string, string>();
    this.byHost.set(host, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attrs.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  /**
   * Requests `url` and follows redirects (GET, like a browser after 302/303) while `follow(url)`
   * says so; answers the last response and the URL it came from (or the redirect target not followed).
   */
  async browse(
    url: string,
    init: RequestInit & { follow: (next: URL) => boolean },
  ): Promise<{ url: URL; response: Response; stoppedAt: URL | null }> {
    let current = new URL(url);
    let request: RequestInit = init;
    for (let hop = 0; hop < 20; hop++) {
      const headers = new Headers(request.headers);
      const cookie = this.header(current.href);
      if (cookie) headers.set("cookie", cookie);
      const response = await fetch(current, { ...request, headers, redirect: "manual" });
      this.store(current.href, response);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response, stoppedAt: null };
      const next = new URL(location, current);
      if (!init.follow(next)) return { url: current, response, stoppedAt: next };
      await response.arrayBuffer();
      current = next;
      request = { method: "GET" };
    }
    throw new Error("too many redirects");
  }
}
