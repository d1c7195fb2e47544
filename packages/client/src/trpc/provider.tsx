"use client";

import type { AppRouter } from "@healio/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, loggerLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

/** A fresh QueryClient per server render; one per browser session, so caches survive navigation. */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export interface TRPCReactProviderProps {
  children: ReactNode;
  /** Absolute origin of this app, used only when a query runs during server rendering. */
  baseUrl: string;
}

export function TRPCReactProvider({ children, baseUrl }: TRPCReactProviderProps) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Log failed calls to the browser console; successful ones stay quiet.
        loggerLink({ enabled: (op) => op.direction === "down" && op.result instanceof Error }),
        httpBatchLink({
          transformer: superjson,
          // Matches the server's batch cap (packages/api/src/http.ts).
          maxItems: 50,
          url: `${typeof window === "undefined" ? baseUrl : ""}/api/trpc`,
          headers: () => ({ "x-trpc-source": "nextjs-react" }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
