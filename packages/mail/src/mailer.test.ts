import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMailer } from "./mailer";
import { renderPasswordResetEmail, renderVerificationEmail } from "./templates";
import { startTestSmtpServer } from "./testing";
import type { TestSmtpServer } from "./testing";

describe("createMailer over SMTP", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it("delivers subject, text and html to a real SMTP server", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Healio <no-reply@healio.test>" });
    const to = `buyer-${Date.now()}@example.test`;
    await mailer.send({ to, subject: "Your order HL-000042", text: "Thanks for your order.", html: "<p>Thanks!</p>" });

    const mail = await smtp.waitForMail((m) => m.to.includes(to));
    expect(mail.subject).toBe("Your order HL-000042");
    expect(mail.text.trim()).toBe("Thanks for your order.");
    expect(mail.html).toContain("<p>Thanks!</p>");
    expect(mail.from).toBe("no-reply@healio.test");
    expect(mail.parsed.from?.text).toContain("Healio");
  });

  it("waitForMail times out with a helpful message", async () => {
    await expect(smtp.waitForMail((m) => m.subject === "never sent", 200)).rejects.toThrow(/No matching mail/);
  });
});

describe("createMailer without SMTP", () => {
  let outboxDir: string;
  beforeAll(async () => {
    outboxDir = await mkdtemp(path.join(tmpdir(), "healio-outbox-"));
  });
  afterAll(async () => {
    await rm(outboxDir, { recursive: true, force: true });
  });

  it("writes an RFC 822 .eml file into the outbox and logs its path", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const mailer = createMailer({ outboxDir, from: "Healio <no-reply@healio.test>" });
    const email = renderVerificationEmail({ name: "Ada", url: "http://localhost:3000/verify?token=abc" });
    await mailer.send({ to: "ada@example.test", ...email });

    const files = (await readdir(outboxDir)).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const file = path.join(outboxDir, files[0] ?? "");
    expect(info).toHaveBeenCalledWith(expect.stringContaining(file));
    info.mockRestore();

    const parsed = await simpleParser(await readFile(file));
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text).toContain("http://localhost:3000/verify?token=abc");
    expect(parsed.headers.get("to")).toMatchObject({ text: "ada@example.test" });
  });
});

describe("templates", () => {
  it("escapes user-controlled values in html", () => {
    const email = renderPasswordResetEmail({
      name: '<script>alert("x")</script>',
      url: 'http://localhost:3000/reset?token=a&b="c"',
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
    expect(email.html).toContain('href="http://localhost:3000/reset?token=a&amp;b=&quot;c&quot;"');
    expect(email.text).toContain('http://localhost:3000/reset?token=a&b="c"');
  });
});
