import { healioNextConfig } from "@healio/client/next-config";

export default healioNextConfig({
  production: process.env.NODE_ENV === "production",
  publicUrl: process.env.ADMIN_URL ?? "",
});
