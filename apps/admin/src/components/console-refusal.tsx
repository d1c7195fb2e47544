import { Alert, Card, buttonClassName } from "@healio/ui";
import { ConsoleBrand } from "./console-brand";
import { SignOutButton } from "@healio/client/auth";

/** Shown to a signed-in customer: the console is not for them, and they should know why. */
export function ConsoleRefusal({
  email,
  storefrontUrl,
  sellerApplicationPending = false,
}: {
  email: string;
  storefrontUrl: string;
  sellerApplicationPending?: boolean;
}) {
  return (
    <main id="main" className="console-centered">
      <div className="console-brand">
        <ConsoleBrand />
      </div>
      <div className="console-centered__inner">
        <Card padded className="hl-stack">
          <h1>This console is not available for your account</h1>
          <Alert tone="warning" title="Access denied">
            This console is for pharmacy sellers and administrators. Your account ({email}) is a customer account.
          </Alert>
          {sellerApplicationPending ? (
            <Alert tone="info" title="Your seller application is awaiting approval">
              You can use the console once an administrator has approved your pharmacy.
            </Alert>
          ) : null}
          <div className="hl-row">
            <a href={storefrontUrl} className={buttonClassName()}>
              Go to the Healio storefront
            </a>
            <SignOutButton variant="secondary" redirectTo="/sign-in" />
          </div>
        </Card>
      </div>
    </main>
  );
}
