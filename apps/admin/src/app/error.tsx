"use client";

import { RouteError, type RouteErrorProps } from "@healio/client/errors";

/** Outside the console layout (e.g. sign-in): centred like the other stand-alone pages. */
export default function ErrorBoundary(props: RouteErrorProps) {
  return (
    <main id="main" className="console-centered">
      <div className="console-centered__inner">
        <RouteError {...props} />
      </div>
    </main>
  );
}
