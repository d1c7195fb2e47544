export { authClient } from "./auth-client";
export { SignInForm } from "./sign-in-form";
export { SignOutButton } from "./sign-out-button";
export { useAuthForm } from "./use-auth-form";
export { EmailField, PasswordField } from "./auth-fields";
export { ExternalSignInButtons } from "./external-sign-in";
