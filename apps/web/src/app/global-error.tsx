"use client";

import "@healio/ui/styles.css";

/** Last resort when the root layout itself fails; it must render its own <html>. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="hl-container" style={{ paddingBlock: "3rem" }}>
          <div role="alert" className="hl-alert hl-alert--danger">
            <p className="hl-alert__title">Healio is having trouble right now</p>
            <p>Please try again in a moment.</p>
            {error.digest ? <p className="hl-small">Reference: {error.digest}</p> : null}
          </div>
          <p>
            <button type="button" className="hl-button" onClick={() => reset()}>
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
