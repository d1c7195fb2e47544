/** Next calls this once when a server process starts. */
export async function register(): Promise<void> {
  // Read inline (not via env.ts): Next replaces NEXT_RUNTIME at build time, which keeps the
  // Node-only worker (pg, nodemailer) out of the edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerProcess } = await import("@healio/client/server/lifecycle");
    startServerProcess();
  }
}
