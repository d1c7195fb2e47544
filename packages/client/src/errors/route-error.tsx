"use client";

import { useEffect } from "react";
import { Alert, Button } from "@healio/ui";

export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a route's error boundary (app/**\/error.tsx) shows: a readable message, the digest the
 * server logged (so support can find it), and a retry that re-renders the segment.
 */
export function RouteError({ error, reset }: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="hl-stack" style={{ maxWidth: "36rem", marginInline: "auto" }}>
      <Alert tone="danger" title="Something went wrong">
        <p>We could not load this page. Please try again in a moment.</p>
        {error.digest ? <p className="hl-small hl-muted">Reference: {error.digest}</p> : null}
      </Alert>
      <div>
        <Button onClick={() => reset()}>Try again</Button>
      </div>
    </div>
  );
}
