import "@healio/ui/styles.css";
import "@healio/client/styles.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Shell } from "@healio/ui";
import { CartProvider } from "@/components/cart/cart-provider";
import { currentShopper } from "@/components/cart/shopper";
import { StorefrontFooter } from "@/components/site-footer";
import { StorefrontHeader } from "@/components/site-header";
import { env } from "@/env";
import { TRPCReactProvider } from "@healio/client/trpc";

// Every page depends on the session (header) or the database: render per request, never at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Healio — your online pharmacy", template: "%s · Healio" },
  description: "Order medicines from licensed pharmacies, delivered to your door.",
  metadataBase: new URL(env.WEB_URL),
};

export const viewport: Viewport = {
  themeColor: "#0f7f6e",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const shopper = await currentShopper();
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider baseUrl={env.WEB_URL}>
          <CartProvider shopper={shopper}>
            <Shell header={<StorefrontHeader />} footer={<StorefrontFooter />}>
              {children}
            </Shell>
          </CartProvider>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
