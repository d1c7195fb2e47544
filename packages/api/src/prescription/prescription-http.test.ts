import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import type { Actor } from "../actor";
import { createCustomer, createShop } from "../testing/commerce";
import { actorOf, createOrder, createUser } from "../testing/factories";
import { exeBytes, PDF_BYTES, PNG_BYTES, tempStorage } from "../testing/prescriptions";
import { createMemoryStore, createRateLimiter } from "../rate-limit";
import type { UploadStorage } from "./upload-storage";
import { handlePrescriptionDownload, handlePrescriptionUpload } from "./prescription-http";

const WEB = "http://localhost:3000";
let t: TestDatabase;
let storage: UploadStorage;
let dir: string;
let removeDir: () => Promise<void>;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ storage, dir, remove: removeDir } = await tempStorage());
});
afterAll(async () => {
  await removeDir?.();
  await t?.drop();
});

// The session seam: the apps resolve the actor from the Better-Auth cookie; here it is given.
const opts = (actor: Actor | null) => ({
  db: t.db,
  resolveActor: async () => actor,
  storage,
  trustedOrigins: [WEB],
  rateLimiter: createRateLimiter(createMemoryStore()),
});

function upload(actor: Actor | null, body: BodyInit, headers: Record<string, string> = {}) {
  const req = new Request(`${WEB}/api/prescriptions`, {
    method: "POST",
    headers: { origin: WEB, "x-file-name": encodeURIComponent("my scan.pdf"), ...headers },
    body,
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: "half",
  });
  return handlePrescriptionUpload(req, opts(actor));
}

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("prescription upload", () => {
  it("stores a PNG and a PDF under random names, typed from their bytes", async () => {
    const { actor } = await createCustomer(t.db);
    const png = await upload(actor, PNG_BYTES, { "content-type": "application/pdf" });
    expect(png.status).toBe(201);
    const pngView = (await png.json()) as { id: string; contentType: string; fileName: string; status: string };
    // The client's Content-Type and the name's extension are ignored: the bytes say PNG.
    expect(pngView).toMatchObject({ contentType: "image/png", fileName: "my scan.png", status: "PENDING" });

    const pdf = await upload(actor, PDF_BYTES);
    expect(pdf.status).toBe(201);
    expect(await pdf.json()).toMatchObject({ contentType: "application/pdf", fileName: "my scan.pdf" });

    const files = await storedFiles();
    expect(files).toHaveLength(2);
    for (const file of files) expect(path.basename(file)).toMatch(/^[a-f0-9]{48}$/);
    const row = await t.db.prescription.findUniqueOrThrow({ where: { id: pngView.id } });
    expect(row).toMatchObject({ customerId: actor.userId, sizeBytes: PNG_BYTES.byteLength });
    expect(files.some((f) => f.endsWith(row.storageKey))).toBe(true);
  });

  it("refuses an .exe renamed .pdf (422) and stores nothing", async () => {
    const { actor } = await createCustomer(t.db);
    const before = { files: (await storedFiles()).length, rows: await t.db.prescription.count() };
    const res = await upload(actor, exeBytes(), { "content-type": "application/pdf", "x-file-name": "prescription.pdf" });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "UNPROCESSABLE_CONTENT", details: { reason: "file_type" } } });
    expect((await storedFiles()).length).toBe(before.files);
    expect(await t.db.prescription.count()).toBe(before.rows);
  });

  it("refuses 11 MB while streaming: the rest of the body is never read", async () => {
    const { actor } = await createCustomer(t.db);
    const chunk = new Uint8Array(64 * 1024);
    chunk.set(PDF_BYTES);
    const total = 11 * 1024 * 1024;
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk.slice());
      },
      cancel() {
        cancelled = true;
      },
    });
    const before = await t.db.prescription.count();
    // No Content-Length (chunked): the limit must hold while counting what arrives.
    const res = await upload(actor, body);
    expect(res.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(total);
    expect(pulled).toBeLessThanOrEqual(10 * 1024 * 1024 + 2 * chunk.byteLength);
    expect(await t.db.prescription.count()).toBe(before);
  });

  it("refuses a declared Content-Length over 10 MB before reading", async () => {
    const { actor } = await createCustomer(t.db);
    const res = await upload(actor, PDF_BYTES, { "content-length": String(11 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it("refuses anonymous (401), sellers (403), cross-site (403) and empty bodies (400)", async () => {
    const shop = await createShop(t.db);
    const { actor } = await createCustomer(t.db);
    expect((await upload(null, PNG_BYTES)).status).toBe(401);
    expect((await upload(shop.actor, PNG_BYTES)).status).toBe(403);
    expect((await upload(actor, PNG_BYTES, { origin: "https://evil.example" })).status).toBe(403);
    expect((await upload(actor, new Uint8Array(0))).status).toBe(400);
  });
});

describe("prescription download", () => {
  it("serves the file to its customer, the order's seller and admins as an attachment; others get 404", async () => {
    const owner = await createCustomer(t.db);
    const other = await createCustomer(t.db);
    const shop = await createShop(t.db);
    const otherShop = await createShop(t.db);
    const admin = actorOf(await createUser(t.db, { role: "ADMIN" }));
    const res = await upload(owner.actor, PDF_BYTES);
    const { id } = (await res.json()) as { id: string };
    const order = await createOrder(t.db, { customerId: owner.actor.userId, sellerId: shop.user.id });
    await t.db.order.update({ where: { id: order.id }, data: { prescriptionId: id, status: "AWAITING_PRESCRIPTION" } });

    const get = (actor: Actor | null, fileId = id) =>
      handlePrescriptionDownload(new Request(`${WEB}/api/prescriptions/${fileId}`), fileId, opts(actor));

    for (const actor of [owner.actor, shop.actor, admin]) {
      const ok = await get(actor);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("application/pdf");
      expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="my scan.pdf"/);
      expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await ok.arrayBuffer())).toEqual(PDF_BYTES);
    }
    for (const actor of [other.actor, otherShop.actor, null]) {
      const refused = await get(actor);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain("%PDF");
    }
    expect((await get(owner.actor, "does-not-exist")).status).toBe(404);
  });
});
