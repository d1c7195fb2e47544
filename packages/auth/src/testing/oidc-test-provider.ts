import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

// A real OpenID Connect provider (oidc-provider 9) on loopback for the external sign-in tests:
// discovery, authorization code + PKCE, signed ID tokens, JWKS and userinfo are the library's own.
// Only the "person at the provider's login page" is scripted: `signInAs` picks who signs in next.

export type OidcPerson = { sub: string; email: string; emailVerified: boolean; name: string };

export interface TestOidcProvider {
  readonly issuer: string;
  /** Registers (or replaces) a person at the provider. */
  addPerson(person: OidcPerson): void;
  /** Who completes the next login at the provider. */
  signInAs(sub: string): void;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

export type TestOidcOptions = {
  /** Default: any free port. */
  port?: number;
  /**
   * For the browser e2e run (scripts/oidc-test-server.ts): `POST /__test/person` with an
   * OidcPerson registers it and makes it the next to sign in. Loopback test servers only.
   */
  controlRoute?: boolean;
};

export async function startOidcProvider(
  client: { clientId: string; clientSecret: string; redirectUris: string[] },
  options: TestOidcOptions = {},
): Promise<TestOidcProvider> {
  const people = new Map<string, OidcPerson>();
  let next: string | null = null;
  const server = createServer();
  const port = await listen(server, options.port ?? 0);
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx: unknown, sub: string) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: person.email, email_verified: person.emailVerified, name: person.name };
        },
      };
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    cookies: { keys: ["healio-test-oidc-cookie-key-0123456789"] },
    // Quiet: the library logs every rendered error page otherwise.
    renderError(ctx: { type: string; body: string }, out: Record<string, string>) {
      ctx.type = "json";
      ctx.body = JSON.stringify(out);
    },
  });

  server.on("request", (req, res) => {
    if (options.controlRoute && req.method === "POST" && req.url === "/__test/person") {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const person = JSON.parse(body) as OidcPerson;
        people.set(person.sub, person);
        next = person.sub;
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    if (!req.url?.startsWith("/interaction/")) return provider.callback()(req, res);
    // The login (and consent) page, answered for `next`: the provider then finishes the flow itself.
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const accountId = details.session?.accountId ?? next;
        if (!accountId || !people.has(accountId)) throw new Error("no person chosen with signInAs()");
        const grant = details.grantId
          ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId: details.params.client_id ?? "" }))
          : new provider.Grant({ accountId, clientId: details.params.client_id ?? "" });
        grant.addOIDCScope(details.params.scope ?? "openid");
        const claims = details.prompt.details.missingOIDCClaims;
        if (claims?.length) grant.addOIDCClaims(claims);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });

  return {
    issuer,
    addPerson: (person) => people.set(person.sub, person),
    signInAs: (sub) => {
      next = sub;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
