import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiEnv } from "../env";

/**
 * Where uploaded files live. Keys are random and generated here (never taken from a request), so
 * an upload cannot choose its own path; the local-disk implementation is the only one today, an
 * object store would implement the same three calls.
 */
export interface UploadStorage {
  /** Stores the bytes under a new random key and returns it. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes of a key, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-f0-9]{48}$/;

/** Files as `<dir>/<first 2 hex>/<48 hex>`, created with mode 0600 (readable by the server only). */
export function createLocalDiskStorage(dir: string): UploadStorage {
  const root = path.resolve(dir);
  const fileOf = (key: string) => {
    // Defence in depth: keys come from put(), but a corrupted row must never name another path.
    if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomBytes(24).toString("hex");
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, bytes, { mode: 0o600, flag: "wx" });
      return key;
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

function repoRoot(): string {
  const starts = [process.cwd()];
  try {
    starts.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundlers may rewrite import.meta.url; the working directory is enough then.
  }
  for (const start of starts) {
    let dir = path.resolve(start);
    for (;;) {
      if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return process.cwd();
}

/** UPLOAD_DIR (relative to the repo root) or `<repo root>/.data/uploads`. */
export function uploadDir(): string {
  const root = repoRoot();
  return apiEnv.UPLOAD_DIR ? path.resolve(root, apiEnv.UPLOAD_DIR) : path.join(root, ".data", "uploads");
}

const globalForUploads = globalThis as unknown as { healioUploadStorage?: UploadStorage };

/** One storage per process, from the environment. */
export function getUploadStorage(): UploadStorage {
  globalForUploads.healioUploadStorage ??= createLocalDiskStorage(uploadDir());
  return globalForUploads.healioUploadStorage;
}
