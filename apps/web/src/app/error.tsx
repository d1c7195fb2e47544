"use client";

import { useEffect } from "react";
import { Alert, Button } from "@healio/ui";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
