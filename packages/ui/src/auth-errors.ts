/** Shape of the error Better-Auth's client returns. */
export type AuthClientError = { code?: string; message?: string; status?: number } | null | undefined;

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "The email or password is incorrect.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Try signing in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Try signing in instead.",
  EMAIL_NOT_VERIFIED: "Please verify your email address first. We have sent you a new link.",
  INVALID_TOKEN: "This link is invalid or has expired. Please request a new one.",
  TOKEN_EXPIRED: "This link has expired. Please request a new one.",
  PASSWORD_TOO_SHORT: "The password is too short.",
  PASSWORD_TOO_LONG: "The password is too long.",
  PASSWORD_TOO_COMMON: "This password is too common and easy to guess. Please choose another.",
  BANNED_USER: "This account is suspended. Please contact support.",
  USER_BANNED: "This account is suspended. Please contact support.",
};

/** A message a person can act on, for any Better-Auth client error. */
export function authErrorMessage(error: AuthClientError, fallback = "Something went wrong. Please try again."): string {
  if (!error) return fallback;
  if (error.status === 429) return "Too many attempts. Please wait a minute and try again.";
  if (error.code && MESSAGES[error.code]) return MESSAGES[error.code] as string;
  return error.message || fallback;
}

/** Only same-site relative paths, so `?next=` cannot send people to another site. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
