import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "@playwright/test";

/**
 * Without SMTP_URL, @healio/mail writes every message as an .eml file into MAIL_OUTBOX_DIR
 * (scripts/test.mjs sets it). These helpers read links out of those files; with SMTP_URL set the
 * mails leave the machine, so mail-based tests skip.
 */
export const outboxDir = process.env.SMTP_URL ? undefined : process.env.MAIL_OUTBOX_DIR;

function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Waits for a mail to `to` whose text contains a link matching `pattern`; returns the link. */
export async function waitForMailLink(to: string, pattern: RegExp): Promise<string> {
  if (!outboxDir) throw new Error("MAIL_OUTBOX_DIR is not set");
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const files = await readdir(outboxDir).catch(() => [] as string[]);
        for (const file of files.filter((f) => f.endsWith(".eml"))) {
          const text = decodeQuotedPrintable(await readFile(join(outboxDir, file), "utf8"));
          if (!new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "mi").test(text)) continue;
          const match = text.match(pattern);
          if (match) {
            link = match[0].replace(/&amp;/g, "&");
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000, message: `a mail to ${to} with a link like ${pattern}` },
    )
    .toBe(true);
  return link as string;
}
