// Anonymous public catalogue answers kept in memory for a few seconds, served before Next's request
// pipeline (a micro-cache, as a reverse proxy would keep in front of the app).
//
// What may be kept is decided by the app, not here: an answer is kept only when the app marked it
// shareable (`Cache-Control: public, … s-maxage=N`, which packages/api/src/http.ts gives public
// catalogue queries asked without a session, and only when no sale starts or ends and no licence or
// lot expires within the time it may be shared), for at most N seconds and RESPONSE_CACHE_SECONDS.
// Every catalogue change drops everything: the app exposes a generation on globalThis
// (packages/api/src/cache/catalogue-answers.ts) that the database's notifications move on (any
// writer, psql included) and that is null while the app's LISTEN connection is down; an entry is
// served only while the generation is the one its request started with, checked after a barrier:
// a round trip on the app's LISTEN connection (shared by concurrent hits) after which every change
// committed before the request arrived has moved the generation. So a read that follows a write
// made anywhere (psql, the console, another worker) never gets an answer older than the write.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";

const CATALOGUE_ANSWERS_KEY = Symbol.for("healio.catalogueAnswers");
const S_MAXAGE = /(?:^|,)\s*s-maxage=(\d+)/i;
const NOT_SHAREABLE = /private|no-store|no-cache/i;
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Headers of the first answer that must not be replayed: per response or per connection. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-request-id", "x-healio-cache", "age", "set-cookie"]);

/** RESPONSE_CACHE_SECONDS as a whole number of seconds >= 0 (0 turns the cache off); default 5. */
export function responseCacheSeconds(value = process.env.RESPONSE_CACHE_SECONDS) {
  if (value === undefined || value.trim() === "") return 5;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`RESPONSE_CACHE_SECONDS must be a whole number >= 0, got ${JSON.stringify(value)}`);
  return n;
}

/** Longest wait for the barrier; past it the request goes to Next like a miss. */
const BARRIER_TIMEOUT_MS = 500;

function currentGeneration() {
  const answers = globalThis[CATALOGUE_ANSWERS_KEY];
  return answers ? answers.generation() : null;
}

function barrier() {
  const answers = globalThis[CATALOGUE_ANSWERS_KEY];
  if (!answers) return Promise.resolve(false);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), BARRIER_TIMEOUT_MS);
  });
  return Promise.race([answers.barrier(), timeout]).finally(() => clearTimeout(timer));
}

/** GET of the tRPC API with no credentials at all: the only requests whose answer may be shared. */
function eligible(req) {
  return req.method === "GET" && req.url.startsWith("/api/trpc/") && !req.headers.cookie && !req.headers.authorization;
}

function requestIdOf(req) {
  const incoming = req.headers["x-request-id"];
  return typeof incoming === "string" && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * `maxAgeSeconds` 0 turns it off. `maxBytes` bounds the memory of all bodies (oldest out first);
 * answers above `maxBodyBytes` are not kept. `log` writes the access line of an answer from memory.
 */
export function createResponseCache({ maxAgeSeconds, maxBytes = 32 * 1024 * 1024, maxBodyBytes = 512 * 1024, log }) {
  const entries = new Map();
  let bytes = 0;
  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };
  const enabled = maxAgeSeconds > 0;
  const keyOf = (req) => `${req.headers["accept-encoding"] ?? ""}\n${req.url}`;

  /** Answers `req` from memory if it holds a fresh answer; resolves true when it did. */
  async function serve(req, res) {
    if (!enabled || !eligible(req)) return false;
    const key = keyOf(req);
    const entry = entries.get(key);
    if (!entry) return false;
    const started = performance.now();
    const fresh = () => entry.generation === currentGeneration() && Date.now() < entry.expiresAt;
    if (!fresh() || !(await barrier()) || !fresh()) {
      if (entries.get(key) === entry) remove(key);
      return false;
    }
    const now = Date.now();
    const requestId = requestIdOf(req);
    res.writeHead(entry.status, {
      ...entry.headers,
      "content-length": entry.body.length,
      age: Math.floor((now - entry.storedAt) / 1000),
      "x-request-id": requestId,
      "x-healio-cache": "hit",
    });
    res.end(entry.body);
    log("info", "request completed", { requestId, method: "GET", path: req.url.split("?")[0], status: entry.status, durationMs: Math.round(performance.now() - started), cache: "hit" });
    return true;
  }

  /** Called before Next handles an eligible request: keeps its answer if the app marked it shareable. */
  function capture(req, res) {
    if (!enabled || !eligible(req)) return;
    const generation = currentGeneration();
    if (generation === null) return;
    res.setHeader("x-healio-cache", "miss");
    const chunks = [];
    let size = 0;
    const collect = (chunk, encoding) => {
      if (size > maxBodyBytes || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size <= maxBodyBytes) chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    res.once("finish", () => {
      if (res.statusCode !== 200 || size > maxBodyBytes) return;
      const cacheControl = String(res.getHeader("cache-control") ?? "");
      const sMaxAge = S_MAXAGE.exec(cacheControl);
      if (!sMaxAge || NOT_SHAREABLE.test(cacheControl) || res.getHeader("set-cookie")) return;
      // A change heard while this request ran may have been read before or after: keep nothing.
      if (currentGeneration() !== generation) return;
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (!PER_RESPONSE.has(name)) headers[name] = value;
      const storedAt = Date.now();
      const key = keyOf(req);
      const body = Buffer.concat(chunks);
      remove(key);
      entries.set(key, { status: 200, headers, body, generation, storedAt, expiresAt: storedAt + Math.min(Number(sMaxAge[1]), maxAgeSeconds) * 1000 });
      bytes += body.length;
      while (bytes > maxBytes) remove(entries.keys().next().value);
    });
  }

  return { serve, capture, size: () => entries.size };
}
