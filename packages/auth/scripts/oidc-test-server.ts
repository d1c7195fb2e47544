// A loopback OpenID Connect provider for the browser e2e run (scripts/test.mjs starts it): the
// same oidc-provider setup as packages/auth/src/oidc.test.ts, with a control route the spec uses
// to choose who signs in. Never for anything but tests.
import { startOidcProvider } from "../src/testing/oidc-test-provider";

const port = Number(process.env.OIDC_TEST_PORT);
const clientId = process.env.OIDC_CLIENT_ID;
const clientSecret = process.env.OIDC_CLIENT_SECRET;
const providerId = process.env.OIDC_PROVIDER_ID ?? "oidc";
const apps = [process.env.WEB_URL, process.env.ADMIN_URL].filter((u): u is string => !!u);
if (!port || !clientId || !clientSecret || apps.length === 0) {
  throw new Error("OIDC_TEST_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and WEB_URL are required");
}
const idp = await startOidcProvider(
  { clientId, clientSecret, redirectUris: apps.map((app) => `${app}/api/auth/callback/${providerId}`) },
  { port, controlRoute: true },
);
console.log(`[oidc-test-server] issuer ${idp.issuer}`);
