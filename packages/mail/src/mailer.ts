import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nodemailer from "nodemailer";
import { mailEnv } from "./env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(msg: MailMessage): Promise<void>;
}

export interface CreateMailerOptions {
  /** e.g. `smtp://user:pass@mail.example.com:587` or `smtps://...`; when unset, mail goes to `.eml` files. */
  smtpUrl?: string;
  /** Where `.eml` files go when there is no SMTP server. Default: `<repo root>/.data/outbox`. */
  outboxDir?: string;
  /** RFC 5322 From, e.g. `Healio <no-reply@healio.local>`. */
  from: string;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function createMailer(options: CreateMailerOptions): Mailer {
  return options.smtpUrl
    ? createSmtpMailer(options.smtpUrl, options.from)
    : createOutboxMailer(options.outboxDir ?? defaultOutboxDir(), options.from);
}

function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const loopback = LOOPBACK_HOSTS.has(new URL(smtpUrl).hostname);
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // A loopback relay (dev SMTP catcher, the test server) has no certificate worth checking, so skip
    // STARTTLS there. Remote servers keep nodemailer's defaults (smtps:// = TLS, STARTTLS when offered).
    ...(loopback ? { ignoreTLS: true, secure: false } : {}),
    // Fail fast instead of nodemailer's 2-minute default: a request is waiting on this.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(msg) {
      await transporter.sendMail({ from, to: msg.to, subject: msg.subject, text: msg.text, html: msg.html });
    },
  };
}

function createOutboxMailer(outboxDir: string, from: string): Mailer {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(msg) {
      const info = await transporter.sendMail({ from, to: msg.to, subject: msg.subject, text: msg.text, html: msg.html });
      const message = info.message;
      if (!Buffer.isBuffer(message)) throw new Error("nodemailer streamTransport did not return a buffer");
      await mkdir(outboxDir, { recursive: true });
      // Sortable by time, unique within the millisecond.
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(outboxDir, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
      await writeFile(file, message);
      console.info(`[mail] no SMTP_URL set; wrote "${msg.subject}" for ${msg.to} to ${file}`);
    },
  };
}

/** `<repo root>/.data/outbox`; the repo root is the nearest directory holding pnpm-workspace.yaml. */
export function defaultOutboxDir(): string {
  const root = findUp(process.cwd()) ?? findUp(moduleDir()) ?? process.cwd();
  return path.join(root, ".data", "outbox");
}

function moduleDir(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    // Bundlers may rewrite import.meta.url to something that is not a file: URL.
    return process.cwd();
  }
}

function findUp(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const globalForMail = globalThis as unknown as { healioMailer?: Mailer };

/** One mailer per process, configured from SMTP_URL, MAIL_FROM and MAIL_OUTBOX_DIR. */
export function getMailer(): Mailer {
  globalForMail.healioMailer ??= createMailer({
    smtpUrl: mailEnv.SMTP_URL,
    outboxDir: mailEnv.MAIL_OUTBOX_DIR,
    from: mailEnv.MAIL_FROM,
  });
  return globalForMail.healioMailer;
}
