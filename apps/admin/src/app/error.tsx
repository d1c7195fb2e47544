"use client";

import { useEffect } from "react";
import { Alert, Button } from "@healio/ui";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="console-centered">
      <div className="console-centered__inner hl-stack">
        <Alert tone="danger" title="Something went wrong">
          <p>We could not load this page. Please try again in a moment.</p>
          {error.digest ? <p className="hl-small hl-muted">Reference: {error.digest}</p> : null}
        </Alert>
        <div>
          <Button onClick={() => reset()}>Try again</Button>
        </div>
      </div>
    </main>
  );
}
