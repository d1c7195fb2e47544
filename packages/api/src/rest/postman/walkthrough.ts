/**
 * The walkthrough folder of the Postman collection: the marketplace in seven requests, each
 * saving what the next one needs in collection variables (tokens, ids). Runs as-is against a
 * seeded storefront with the Postman collection runner (variables: baseUrl + the demo logins).
 */
type PostmanItem = Record<string, unknown>;

const json = (body: unknown) => ({ mode: "raw", raw: JSON.stringify(body, null, 2), options: { raw: { language: "json" } } });

function request(opts: {
  name: string;
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  tests: string[];
  description: string;
}): PostmanItem {
  return {
    name: opts.name,
    event: [{ listen: "test", script: { type: "text/javascript", exec: opts.tests } }],
    request: {
      method: opts.method,
      description: opts.description,
      header: [{ key: "Content-Type", value: "application/json" }],
      url: { raw: `{{baseUrl}}${opts.path}`, host: ["{{baseUrl}}"], path: opts.path.split("/").filter(Boolean) },
      auth: opts.token ? { type: "bearer", bearer: [{ key: "token", value: `{{${opts.token}}}`, type: "string" }] } : { type: "noauth" },
      ...(opts.body !== undefined ? { body: json(opts.body) } : {}),
    },
  };
}

const signIn = (who: "admin" | "seller" | "customer"): PostmanItem =>
  request({
    name: `Sign in as the ${who}`,
    method: "POST",
    path: "/api/auth/sign-in/email",
    body: { email: `{{${who}Email}}`, password: `{{${who}Password}}` },
    description: `Saves the session token as {{${who}Token}} (used as Authorization: Bearer).`,
    tests: [
      "pm.test('signed in', () => pm.response.to.have.status(200));",
      `pm.collectionVariables.set('${who}Token', pm.response.json().token);`,
    ],
  });

export const WALKTHROUGH_VARIABLES: Record<string, string> = {
  adminEmail: "admin@healio.test",
  adminPassword: "",
  sellerEmail: "seller1@healio.test",
  sellerPassword: "",
  customerEmail: "customer1@healio.test",
  customerPassword: "",
};

export function walkthroughFolder(): PostmanItem {
  return {
    name: "Walkthrough: category -> medicine -> order -> shipped -> stats",
    description:
      "Run this folder in order (Collection Runner). Set the e-mail/password variables to an admin, an approved seller and a customer of your instance (`pnpm db:seed` + `pnpm seed:admin`).",
    item: [
      signIn("admin"),
      signIn("seller"),
      signIn("customer"),
      request({
        name: "Admin creates a category",
        method: "POST",
        path: "/api/categories",
        token: "adminToken",
        body: { name: "Walkthrough {{$timestamp}}" },
        description: "Saves {{categoryId}}.",
        tests: ["pm.test('created', () => pm.response.to.have.status(201));", "pm.collectionVariables.set('categoryId', pm.response.json().id);"],
      }),
      request({
        name: "Seller creates a medicine",
        method: "POST",
        path: "/api/medicines",
        token: "sellerToken",
        body: {
          name: "Walkthrough Paracetamol {{$timestamp}}",
          genericName: "Paracetamol",
          strength: "500 mg",
          dosageForm: "tablet",
          packSize: "20 tablets",
          description: "Created by the Postman walkthrough.",
          price: "4.50",
          stock: 25,
          manufacturer: "Walkthrough Labs",
          categoryId: "{{categoryId}}",
        },
        description: "The original API's body (price as a decimal, stock, manufacturer name). Saves {{medicineId}}.",
        tests: [
          "pm.test('created', () => pm.response.to.have.status(201));",
          "pm.test('price in cents and as a decimal', () => { const m = pm.response.json(); pm.expect(m.priceCents).to.eql(450); pm.expect(m.price).to.eql('4.50'); });",
          "pm.collectionVariables.set('medicineId', pm.response.json().id);",
        ],
      }),
      request({
        name: "Customer orders",
        method: "POST",
        path: "/api/orders",
        token: "customerToken",
        body: {
          items: [{ medicineId: "{{medicineId}}", quantity: 2 }],
          address: { fullName: "Walkthrough Customer", line1: "1 Postman Street", city: "Springfield", postalCode: "12345", country: "US", phone: "+1 555 0100" },
        },
        description: "The server computes the total; sending `totalPrice` would be refused. Saves {{orderId}}.",
        tests: [
          "pm.test('placed', () => pm.response.to.have.status(201));",
          "pm.test('server-side total', () => pm.expect(pm.response.json().subtotalCents).to.eql(900));",
          "pm.collectionVariables.set('orderId', pm.response.json().orders[0].id);",
        ],
      }),
      ...(["PROCESSING", "SHIPPED"] as const).map((status) =>
        request({
          name: `Seller marks the order ${status}`,
          method: "PATCH",
          path: "/api/orders/{{orderId}}/status",
          token: "sellerToken",
          body: { status },
          description: "PLACED -> PROCESSING -> SHIPPED.",
          tests: [`pm.test('${status}', () => pm.expect(pm.response.json().status).to.eql('${status}'));`],
        }),
      ),
      request({
        name: "Admin reads stats",
        method: "GET",
        path: "/api/admin/stats",
        token: "adminToken",
        description: "Marketplace numbers, including the order just shipped.",
        tests: ["pm.test('stats', () => pm.expect(pm.response.json().ordersByStatus.SHIPPED).to.be.above(0));"],
      }),
    ],
  };
}
