import { healioNextConfig } from "@healio/client/next-config";

export default healioNextConfig({
  production: process.env.NODE_ENV === "production",
  publicUrl: process.env.WEB_URL ?? "",
  // swagger-ui-dist: its files are read from node_modules at runtime by /api/docs/[asset].
  serverExternalPackages: ["swagger-ui-dist"],
});
