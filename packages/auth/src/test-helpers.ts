// Helpers shared by this package's tests (not exported from the package).

/** `Cookie` request header value carrying every cookie a response set. */
export function cookieFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

export function headersWithCookie(cookie: string): Headers {
  return new Headers({ cookie });
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

/** First absolute URL in a text body that contains `fragment`. */
export function linkIn(text: string, fragment: string): string {
  const link = text.match(/https?:\/\/[^\s"<>]+/g)?.find((u) => u.includes(fragment));
  if (!link) throw new Error(`No link containing "${fragment}" in:\n${text}`);
  return link;
}
