/**
 * A TypeScript program outside the apps that uses Healio through the typed tRPC client over HTTP:
 * it signs in (e-mail + password -> bearer token), finds an over-the-counter medicine in stock and
 * places an order for it. Every call is type-checked against the server's AppRouter.
 *
 *   HEALIO_URL=http://localhost:3000 HEALIO_EMAIL=customer1@healio.test HEALIO_PASSWORD=... \
 *     pnpm --filter @healio/examples typed-client
 *
 * Non-browser clients authenticate with `Authorization: Bearer <token>` and send no cookies, so
 * the CSRF Origin check (meant for browsers) does not apply to them.
 */
import { randomUUID } from "node:crypto";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@healio/api";

const baseUrl = (process.env.HEALIO_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const email = process.env.HEALIO_EMAIL ?? "customer1@healio.test";
const password = process.env.HEALIO_PASSWORD;
if (!password) {
  console.error("Set HEALIO_PASSWORD (the demo password printed by `npm start`, or DEMO_PASSWORD).");
  process.exit(2);
}

/**
 * Better-Auth's sign-in; the session token comes back in the `set-auth-token` header. Node's
 * fetch sends `Sec-Fetch-Mode: cors` like a browser, and Better-Auth then wants an Origin it
 * trusts: the site's own (curl, Postman and plain HTTP clients need none).
 */
async function signIn(): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const token = res.headers.get("set-auth-token");
  if (!res.ok || !token) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return token;
}

const token = await signIn();
const healio = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: `${baseUrl}/api/trpc`,
      transformer: superjson,
      headers: () => ({ authorization: `Bearer ${token}` }),
    }),
  ],
});

try {
  const me = await healio.me.get.query();
  console.log(`signed in as ${me.name} <${me.email}> (${me.role})`);

  const { items } = await healio.medicine.list.query({ prescription: "otc", inStock: true, sort: "price_asc", limit: 5 });
  const medicine = items[0];
  if (!medicine) throw new Error("no over-the-counter medicine in stock");
  console.log(`buying 1 x ${medicine.name} at ${(medicine.priceCents / 100).toFixed(2)}`);

  const result = await healio.order.place.mutate({
    idempotencyKey: randomUUID(),
    lines: [{ medicineId: medicine.id, quantity: 1 }],
    address: {
      fullName: me.name,
      line1: "1 Example Street",
      city: "Springfield",
      postalCode: "12345",
      country: "US",
      phone: "+1 555 0100",
    },
    phone: "+1 555 0100",
    paymentMethod: "CASH_ON_DELIVERY",
  });
  for (const order of result.orders) {
    console.log(`placed ${order.orderNumber} with ${order.seller.storeName}: total ${(order.totalCents / 100).toFixed(2)} ${result.currency}`);
  }
  const placed = await healio.order.get.query({ id: result.orders[0]?.id ?? "" });
  console.log(`order ${placed.orderNumber} is ${placed.status}`);
} catch (error) {
  if (error instanceof TRPCClientError) {
    console.error(`Healio refused: ${error.message} (${String(error.data?.code)})`);
    process.exit(1);
  }
  throw error;
}
