import { afterAll, beforeAll, expect, type RunnerTask } from "vitest";
import type { z } from "zod";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { buildWorld, type World } from "../../security/harness/world";
import { restClient, tokenResolver, type RestClient, type RestResult } from "../rest-test-client";
import { matchRoute } from "../match-route";
import { REST_ROUTES } from "../routes";
import { WALKED, type WalkArea } from "./walked-routes";

/**
 * Shared set-up of the REST walk files: a fresh database and security-harness world per file, a
 * client whose bearer tokens are the world's people ("customerA", "sellerB", "admin", ...), and the
 * ok / refused / documented assertions. Every call through `api` is recorded; after the file's
 * tests the recorded routes must equal the file's entry in walked-routes.ts.
 */
export type CallOptions = Parameters<RestClient["call"]>[2];
export type RestErrorBody = { code: string; message: string; fields?: Record<string, string[]> };

export type RestWalk = {
  /** Set in beforeAll: read inside tests only. */
  readonly db: Db;
  readonly w: World;
  readonly api: RestClient;
  ok(method: string, path: string, opts: CallOptions, status?: number): Promise<RestResult["body"]>;
  refused(method: string, path: string, opts: CallOptions, status: number, code?: string): Promise<RestErrorBody>;
};

function routeOf(method: string, path: string) {
  const m = matchRoute(REST_ROUTES, method, path.split("?")[0] ?? path);
  return m.kind === "found" ? m.route : null;
}

/** The answer matches the route's documented schema (the OpenAPI document never lies about fields). */
export function documented(method: string, path: string, res: RestResult) {
  const route = routeOf(method, path);
  if (!route) throw new Error(`no route ${method} ${path}`);
  const parsed = (route.response as z.ZodType).safeParse(res.body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
}

function everyTestRan(tasks: readonly RunnerTask[]): boolean {
  return tasks.every((task) => (task.type === "suite" ? everyTestRan(task.tasks) : task.mode === "run" && task.result?.state === "pass"));
}

export function restWalk(area: WalkArea): RestWalk {
  let t: TestDatabase | undefined;
  let db: Db | undefined;
  let w: World | undefined;
  let client: RestClient | undefined;
  const walked = new Set<string>();

  beforeAll(async () => {
    t = await createTestDatabase();
    db = t.db;
    w = await buildWorld(db);
    const actors = Object.fromEntries(Object.entries(w.people).map(([key, p]) => [key, p.actor]));
    client = restClient(db, tokenResolver(actors));
  });
  afterAll(async ({}, file) => {
    await t?.drop();
    const declared: string[] = [...WALKED[area]].sort();
    const called = [...walked].sort();
    expect(called.filter((r) => !declared.includes(r)), `routes the ${area} file calls but walked-routes.ts does not declare`).toEqual([]);
    // A filtered run (-t, .skip) walks fewer routes on purpose, and a failed test stops early: the
    // full check needs every test run and passed.
    if (everyTestRan(file.tasks)) expect(called, `routes the ${area} file declares in walked-routes.ts`).toEqual(declared);
  });

  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("restWalk: read db / w / api inside a test");
    return value;
  };
  const api: RestClient = {
    call(method, path, opts) {
      const route = routeOf(method, path);
      if (route) walked.add(`${route.method} ${route.path}`);
      return need(client).call(method, path, opts);
    },
  };

  return {
    get db() {
      return need(db);
    },
    get w() {
      return need(w);
    },
    api,
    async ok(method, path, opts, status = 200) {
      const res = await api.call(method, path, opts);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      documented(method, path, res);
      return res.body;
    },
    async refused(method, path, opts, status, code) {
      const res = await api.call(method, path, opts);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.message).toEqual(expect.any(String));
      if (code) expect(res.body.error.code).toBe(code);
      return res.body.error as RestErrorBody;
    },
  };
}
