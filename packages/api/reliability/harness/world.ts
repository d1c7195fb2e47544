import { createHmac, randomUUID } from "node:crypto";
import type { Db } from "@healio/db";
import { createCustomers, createShop, testAddress } from "../../src/testing/commerce";
import { TEST_SECRET } from "./app-process";

export type Customer = { id: string; cookie: string };

/**
 * Better-Auth's session cookie for a session row we insert ourselves: `<token>.<HMAC-SHA256(token,
 * secret)>` (the same scheme bench/sessions.ts uses), so hundreds of customers are signed in
 * without hundreds of sign-ins.
 */
function cookieFor(token: string): string {
  const signature = createHmac("sha256", TEST_SECRET).update(token).digest("base64");
  const value = encodeURIComponent(`${token}.${signature}`);
  // Both names: production builds use the `__Secure-` one (as bench/sessions.ts does).
  return `__Secure-better-auth.session_token=${value}; better-auth.session_token=${value}`;
}

/** `n` verified customers, each with a live session. */
export async function signedInCustomers(db: Db, n: number): Promise<Customer[]> {
  const customers = await createCustomers(db, n);
  const rows = customers.map((c) => ({
    id: `rel-${randomUUID()}`,
    token: `rel-session-${randomUUID()}`,
    userId: c.user.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  }));
  await db.session.createMany({ data: rows });
  return rows.map((r) => ({ id: r.userId, cookie: cookieFor(r.token) }));
}

/** A new seller's medicine with `stock` units (the factory books them as a lot with its ledger row). */
export async function stockedMedicine(db: Db, stock: number, priceCents = 500) {
  const shop = await createShop(db);
  return shop.medicine({ stock, priceCents });
}

export type PlaceResult = { status: number; body: unknown; orderNumbers: string[] };

/** order.place over HTTP as the storefront's tRPC client sends it (superjson envelope, same-origin). */
export async function placeOrder(
  appUrl: string,
  customer: Customer,
  lines: { medicineId: string; quantity: number }[],
  options: { idempotencyKey?: string; signal?: AbortSignal } = {},
): Promise<PlaceResult> {
  const input = {
    idempotencyKey: options.idempotencyKey ?? randomUUID(),
    address: { ...testAddress },
    phone: "+1 555 010 0000",
    paymentMethod: "CASH_ON_DELIVERY",
    lines,
  };
  const res = await fetch(`${appUrl}/api/trpc/order.place`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appUrl, cookie: customer.cookie },
    body: JSON.stringify({ json: input }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = (await res.json().catch(() => null)) as {
    result?: { data?: { json?: { orders?: { orderNumber: string }[] } } };
  } | null;
  const orders = body?.result?.data?.json?.orders ?? [];
  return { status: res.status, body, orderNumbers: orders.map((o) => o.orderNumber) };
}

/** The tRPC error code of an error answer (e.g. "CONFLICT", "SERVICE_UNAVAILABLE"). */
export function trpcCode(body: unknown): string | undefined {
  return (body as { error?: { json?: { data?: { code?: string } } } } | null)?.error?.json?.data?.code;
}
