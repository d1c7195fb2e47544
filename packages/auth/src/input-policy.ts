import { APIError, createAuthMiddleware } from "better-auth/api";
import { refuseCommonPassword } from "./password-policy";
import { BIDI_MESSAGE, hasBidiControls } from "./text";

/** Endpoints that take a display name from the user. */
const NAME_PATHS = new Set(["/sign-up/email", "/update-user"]);

function refuseSpoofedName(path: string, body: unknown): void {
  if (!NAME_PATHS.has(path)) return;
  const name = (body as Record<string, unknown> | undefined)?.name;
  if (typeof name === "string" && hasBidiControls(name)) {
    throw new APIError("BAD_REQUEST", { message: BIDI_MESSAGE, code: "NAME_HAS_BIDI_CONTROLS" });
  }
}

/** Better-Auth before-hook: checks what users type (passwords, names) before anything is written. */
export const inputPolicyHook = createAuthMiddleware(async (ctx) => {
  refuseCommonPassword(ctx.path, ctx.body);
  refuseSpoofedName(ctx.path, ctx.body);
});
