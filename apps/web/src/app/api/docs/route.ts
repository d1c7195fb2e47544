export const dynamic = "force-static";

/**
 * The interactive API reference: Swagger UI from the swagger-ui-dist package, served by this app
 * (./[asset]/route.ts), never from a CDN, reading /api/openapi.json.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Healio API reference</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
  <style>body { margin: 0; } .swagger-ui .topbar { display: none; }</style>
</head>
<body>
  <div id="swagger-ui"><p style="font-family: system-ui, sans-serif; padding: 1rem">Loading the API reference…</p></div>
  <noscript><p>The reference needs JavaScript; the raw document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>
`;

export function GET(): Response {
  return new Response(PAGE, { headers: { "content-type": "text/html; charset=utf-8" } });
}
