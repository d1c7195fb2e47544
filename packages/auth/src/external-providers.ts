/**
 * What the browser may know about the configured external sign-in providers: their ids and
 * display names (never client ids or secrets). Shared by the server (which builds the list) and
 * the sign-in forms (which render one button per entry).
 */
export type ExternalProvider = { id: string; name: string };

/** Messages for the `error` Better-Auth appends to the sign-in page after a failed provider sign-in. */
export function externalSignInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case "account_not_linked":
      return "An account with this e-mail already exists and was not linked: that needs the provider to confirm the e-mail is yours, and your Healio e-mail to be verified. Sign in with your password, then connect the provider from your account page.";
    case "access_denied":
      return "Sign-in was cancelled at the provider.";
    case "USER_BANNED":
    case "banned":
      return "This account is suspended. Please contact support.";
    case "email_does_not_match":
      return "That provider account uses a different e-mail address: only an account with your Healio e-mail can be connected.";
    case "email_not_found":
      return "The provider did not share an e-mail address, which Healio needs for your account.";
    default:
      return "Sign-in with the provider did not complete. Please try again.";
  }
}
