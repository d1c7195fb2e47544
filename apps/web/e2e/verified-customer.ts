import { expect, type APIRequestContext } from "@playwright/test";
import { waitForMailLink } from "./mail-outbox";

/**
 * A fresh customer whose e-mail is verified, as a real customer would do it: sign up, then open the
 * verification link from the mail (read from the local outbox). Orders need a verified e-mail.
 */
export async function signUpVerifiedCustomer(
  request: APIRequestContext,
  webUrl: string,
  user: { name: string; email: string; password: string },
): Promise<void> {
  const signUp = await request.post(`${webUrl}/api/auth/sign-up/email`, { data: user, headers: { Origin: webUrl } });
  expect(signUp.ok(), await signUp.text()).toBeTruthy();
  const link = await waitForMailLink(user.email, /https?:\/\/\S+\/api\/auth\/verify-email\?[^\s"<>]+/);
  const verified = await request.get(link, { maxRedirects: 0 });
  expect(verified.status(), "the verification link answers with a redirect").toBeLessThan(400);
}
