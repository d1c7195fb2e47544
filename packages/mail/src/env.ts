import { z } from "zod";

// Empty strings (e.g. `SMTP_URL=` in a .env file) mean "not set".
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const envSchema = z.object({
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  MAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("Healio <no-reply@healio.local>")),
  MAIL_OUTBOX_DIR: optionalString,
});

export type MailEnv = z.infer<typeof envSchema>;

/** The only place in @healio/mail that reads process.env. */
export const mailEnv: MailEnv = envSchema.parse(process.env);
