/**
 * The REST routes each walk file drives, declared up front. vitest runs every file in its own
 * worker, so the coverage check cannot collect what the others called at run time; instead each
 * file's harness checks (after its tests) that it called exactly the routes declared here, and
 * coverage.test.ts checks that the declarations together name every route of the table.
 */
export const WALKED = {
  account: [
    "GET /health",
    "GET /api/users/me",
    "GET /api/auth/me",
    "PATCH /api/users/me",
    "GET /api/admin/users",
    "PATCH /api/admin/users/{id}",
    "GET /api/admin/stats",
    "GET /api/categories",
    "POST /api/categories",
    "DELETE /api/categories/{id}",
  ],
  medicines: [
    "GET /api/medicines",
    "GET /api/medicines/{id}",
    "POST /api/medicines",
    "PUT /api/medicines/{id}",
    "PATCH /api/medicines/{id}",
    "DELETE /api/medicines/{id}",
  ],
  orders: [
    "POST /api/orders",
    "GET /api/orders",
    "GET /api/orders/{id}",
    "PATCH /api/orders/{id}/status",
    "PATCH /api/orders/{id}/cancel",
    "GET /api/orders/seller/stats",
    "POST /api/reviews",
    "GET /api/reviews/{medicineId}",
    "GET /api/medicines/{id}",
  ],
  lots: [
    "GET /api/medicines/{id}/batches",
    "GET /api/batches/expiring",
    "PATCH /api/batches/{id}/quarantine",
    "POST /api/recalls",
    "GET /api/recalls",
    "GET /api/recalls/{id}",
    "PATCH /api/recalls/{id}/close",
  ],
  transport: ["POST /api/categories", "DELETE /api/medicines/{id}"],
} as const satisfies Record<string, readonly string[]>;

export type WalkArea = keyof typeof WALKED;
