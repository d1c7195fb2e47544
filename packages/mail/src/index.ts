export { createMailer, getMailer, defaultOutboxDir } from "./mailer";
export type { Mailer, MailMessage, CreateMailerOptions } from "./mailer";
export { renderVerificationEmail, renderPasswordResetEmail, escapeHtml } from "./templates";
export type { RenderedEmail, LinkEmailInput } from "./templates";
