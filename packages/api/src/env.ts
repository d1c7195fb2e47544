import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
});

/** The only place in @healio/api that reads process.env. */
export const apiEnv = envSchema.parse(process.env);

/** Production hides internal error messages and stacks from clients. */
export const isProduction = apiEnv.NODE_ENV === "production";
