import type { MailMessage } from "./mailer";

/** Subject and bodies of an email; the caller adds `to`. */
export type RenderedEmail = Omit<MailMessage, "to"> & { html: string };

export interface LinkEmailInput {
  /** The recipient's display name; may be empty. */
  name?: string | null;
  /** The absolute link the user has to open. */
  url: string;
  /** How long the link stays valid, in words, e.g. "1 hour". */
  expiresIn?: string;
}

const BRAND = "Healio";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

function greeting(name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? `Hi ${trimmed},` : "Hi,";
}

interface Layout {
  subject: string;
  name?: string | null;
  intro: string;
  action: string;
  url: string;
  outro: string;
}

function render(layout: Layout): RenderedEmail {
  const hello = greeting(layout.name);
  const text = [
    hello,
    "",
    layout.intro,
    "",
    `${layout.action}: ${layout.url}`,
    "",
    layout.outro,
    "",
    `— The ${BRAND} team`,
  ].join("\n");

  const url = escapeHtml(layout.url);
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(layout.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;line-height:1.5">',
    `<p style="font-size:20px;font-weight:bold;color:#0f766e">${BRAND}</p>`,
    `<p>${escapeHtml(hello)}</p>`,
    `<p>${escapeHtml(layout.intro)}</p>`,
    `<p><a href="${url}" style="background:#0f766e;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(layout.action)}</a></p>`,
    `<p style="font-size:12px;color:#6b7280">If the button does not work, copy this link into your browser:<br>${url}</p>`,
    `<p>${escapeHtml(layout.outro)}</p>`,
    `<p>— The ${BRAND} team</p>`,
    "</body></html>",
  ].join("\n");

  return { subject: layout.subject, text, html };
}

export function renderVerificationEmail(input: LinkEmailInput): RenderedEmail {
  return render({
    subject: `Verify your email for ${BRAND}`,
    name: input.name,
    intro: `Please confirm your email address to finish setting up your ${BRAND} account.`,
    action: "Verify email",
    url: input.url,
    outro: `The link is valid for ${input.expiresIn ?? "1 hour"}. If you did not create an account, you can ignore this email.`,
  });
}

export function renderPasswordResetEmail(input: LinkEmailInput): RenderedEmail {
  return render({
    subject: `Reset your ${BRAND} password`,
    name: input.name,
    intro: "We received a request to reset the password of your account.",
    action: "Choose a new password",
    url: input.url,
    outro: `The link is valid for ${input.expiresIn ?? "1 hour"}. If you did not ask for this, ignore this email: your password stays the same.`,
  });
}
