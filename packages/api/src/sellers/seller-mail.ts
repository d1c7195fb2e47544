import { apiEnv } from "../env";
import { hello, render, type Rendered } from "../outbox/templates";

const consoleUrl = () => new URL("/sign-in", apiEnv.ADMIN_URL).toString();
const accountUrl = () => new URL("/account", apiEnv.WEB_URL).toString();

export function renderApplicationApproved(name: string, storeName: string): Rendered {
  return render(`${storeName} is approved to sell on Healio`, [
    hello(name),
    "",
    `Good news: ${storeName} is approved. Your account is now a seller account.`,
    `Sign in to the Healio console to list medicines and fulfil orders: ${consoleUrl()}`,
  ]);
}

export function renderApplicationRejected(name: string, storeName: string, reason: string): Rendered {
  return render(`Your Healio seller application for ${storeName}`, [
    hello(name),
    "",
    `We could not approve ${storeName} to sell on Healio.`,
    `Reason: ${reason}`,
    `You can correct the details and apply again from your account: ${accountUrl()}`,
  ]);
}

export function renderSellerSuspended(name: string, storeName: string, reason: string): Rendered {
  return render(`${storeName} is suspended on Healio`, [
    hello(name),
    "",
    `${storeName} is suspended: its listings are hidden from the storefront until it is reinstated.`,
    `Reason: ${reason}`,
    "Your existing orders stay visible to you in the console.",
  ]);
}

export function renderSellerReinstated(name: string, storeName: string): Rendered {
  return render(`${storeName} is selling on Healio again`, [
    hello(name),
    "",
    `${storeName} is reinstated: its active listings are back in the storefront.`,
    `Console: ${consoleUrl()}`,
  ]);
}
