"use client";

import "@healio/ui/styles.css";
import type { RouteErrorProps } from "./route-error";

/**
 * Last resort when an app's root layout itself fails (app/global-error.tsx). It replaces the
 * whole document, so it renders its own <html> and uses only the design system's CSS classes.
 */
export function GlobalError({ error, reset }: RouteErrorProps) {
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
