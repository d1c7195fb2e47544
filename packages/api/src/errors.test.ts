import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { TRPCDefaultErrorShape } from "@trpc/server";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { AppError, toTRPCError } from "./errors";
import { createCallerFactory, formatError, INTERNAL_ERROR_MESSAGE, publicProcedure, router } from "./trpc";
import { createCategory } from "./testing/factories";
import { expectTRPCError } from "./testing/expect";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

// Procedures built from the real builders (so through the real error-mapping middleware) that
// let Prisma raise the errors a service would.
const testRouter = router({
  createCategory: publicProcedure
    .input(z.strictObject({ slug: z.string(), parentId: z.string().optional() }))
    .mutation(({ ctx, input }) =>
      ctx.db.category.create({ data: { name: input.slug, slug: input.slug, parentId: input.parentId ?? null } }),
    ),
  deleteCategory: publicProcedure
    .input(z.strictObject({ id: z.string() }))
    .mutation(({ ctx, input }) => ctx.db.category.delete({ where: { id: input.id } })),
  appError: publicProcedure.query((): never => {
    throw new AppError("UNPROCESSABLE_CONTENT", "Stock cannot go below zero.", { field: "stock" });
  }),
  crash: publicProcedure.query((): never => {
    throw new Error("connection to 10.0.0.5 failed for user healio");
  }),
});
const call = () => createCallerFactory(testRouter)({ db: t.db, actor: null });

describe("error mapping", () => {
  it("a unique violation becomes CONFLICT with the AppError (and the Prisma error) as cause", async () => {
    const existing = await createCategory(t.db);
    const error = await expectTRPCError(call().createCategory({ slug: existing.slug }), "CONFLICT");
    expect(error.cause).toBeInstanceOf(AppError);
    expect(error.message).toBe("A record with the same unique value already exists.");
    expect((error.cause as AppError).details).toEqual({ fields: ["slug"] });
    expect((error.cause as AppError).cause).toMatchObject({ code: "P2002" });
  });

  it("a missing record (P2025) becomes NOT_FOUND", async () => {
    await expectTRPCError(call().deleteCategory({ id: "missing" }), "NOT_FOUND");
  });

  it("a foreign key violation is BAD_REQUEST for a missing reference and CONFLICT for a row still in use", async () => {
    await expectTRPCError(call().createCategory({ slug: "orphan", parentId: "missing-parent" }), "BAD_REQUEST");
    const parent = await createCategory(t.db);
    await createCategory(t.db, { parentId: parent.id });
    const error = await expectTRPCError(call().deleteCategory({ id: parent.id }), "CONFLICT");
    expect(error.message).toBe("The record is still referenced by other records.");
  });

  it("AppError codes map one to one", async () => {
    const error = await expectTRPCError(call().appError(), "UNPROCESSABLE_CONTENT");
    expect(error.message).toBe("Stock cannot go below zero.");
    for (const code of ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"] as const) {
      expect(toTRPCError(new AppError(code, "x")).code).toBe(code);
    }
  });

  it("unknown errors stay INTERNAL_SERVER_ERROR", async () => {
    const error = await expectTRPCError(call().crash(), "INTERNAL_SERVER_ERROR");
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe("formatError", () => {
  const shapeOf = (error: TRPCError): TRPCDefaultErrorShape => ({
    message: error.message,
    code: -32603,
    data: { code: error.code, httpStatus: 500, path: "x.y", stack: "Error: at secret.ts:1" },
  });

  it("adds flattened zod field errors for invalid input", () => {
    const zodError = z.strictObject({ limit: z.number().max(100) }).safeParse({ limit: 101 }).error!;
    const error = new TRPCError({ code: "BAD_REQUEST", cause: zodError });
    const formatted = formatError({ shape: shapeOf(error), error }, false);
    expect(formatted.data.zodError?.fieldErrors).toEqual({ limit: [expect.any(String)] });
    expect(formatted.data.appError).toBeNull();
  });

  it("adds the AppError code and details", () => {
    const error = toTRPCError(new AppError("CONFLICT", "Taken.", { fields: ["slug"] }));
    const formatted = formatError({ shape: shapeOf(error), error }, true);
    expect(formatted.message).toBe("Taken.");
    expect(formatted.data.appError).toEqual({ code: "CONFLICT", details: { fields: ["slug"] } });
  });

  it("hides internal messages and stacks in production only", () => {
    const error = toTRPCError(new Error("connection to 10.0.0.5 failed"));
    const prod = formatError({ shape: shapeOf(error), error }, true);
    expect(prod.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(prod.data).not.toHaveProperty("stack");
    expect(JSON.stringify(prod)).not.toContain("10.0.0.5");

    const dev = formatError({ shape: shapeOf(error), error }, false);
    expect(dev.message).toContain("10.0.0.5");
    expect(dev.data.stack).toBeDefined();
  });
});
