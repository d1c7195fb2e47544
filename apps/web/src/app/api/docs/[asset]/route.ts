import { readFile } from "node:fs/promises";
import path from "node:path";
import getAbsoluteFSPath from "swagger-ui-dist/absolute-path.js";

export const runtime = "nodejs";

/** Only these files of swagger-ui-dist are served (no directory walking). */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// Our own initializer (a file, not an inline script): the document, no "try it out" by default.
const INIT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    defaultModelsExpandDepth: 0,
    persistAuthorization: false,
  });
});
`;

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  if (asset === "init.js") {
    return new Response(INIT, { headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=300" } });
  }
  const type = ASSETS[asset];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(getAbsoluteFSPath(), asset));
  return new Response(new Uint8Array(body), {
    headers: { "content-type": type, "cache-control": "public, max-age=86400" },
  });
}
