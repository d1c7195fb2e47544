import "@healio/ui/styles.css";
import "@healio/client/styles.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/env";
import { TRPCReactProvider } from "@healio/client/trpc";

// Every page depends on the session: render per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Healio Console", template: "%s · Healio Console" },
  description: "The Healio console for pharmacy sellers and administrators.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#141a1a", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider baseUrl={env.ADMIN_URL}>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
