"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** "2 d 03:04:05", "03:04:05" or "04:05" for a duration in ms (0 when negative). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = h > 0 || days > 0 ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return days > 0 ? `${days} d ${clock}` : clock;
}

/** Words for screen readers (announced only on request, not every second). */
function spokenCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const parts = [days ? `${days} day${days === 1 ? "" : "s"}` : "", h ? `${h} hour${h === 1 ? "" : "s"}` : "", `${m} minute${m === 1 ? "" : "s"}`];
  return parts.filter(Boolean).join(" ");
}

export interface CountdownProps {
  /** The instant counted down to (a sale's end, or its start when upcoming). */
  target: Date | string;
  /** The server's clock when the data was read: the countdown runs on server time, not the device's. */
  serverTime: Date | string;
  /** e.g. "Ends in", "Starts in". */
  label: string;
  /** Said once the target passed (before the page reloads its prices). */
  elapsedLabel?: string;
}

/**
 * A live countdown synced to the server's clock. The offset between the server's `serverTime` and
 * this device's clock is measured once when the component mounts, so a device whose clock is wrong
 * by minutes still counts down to the instant the server switches prices (the offset also absorbs
 * the page's delivery time, so it may run up to that long behind — never ahead of the server).
 * At zero it asks the server for fresh data, because prices changed at that instant.
 */
export function Countdown({ target, serverTime, label, elapsedLabel = "Updating prices…" }: CountdownProps) {
  const router = useRouter();
  const targetMs = new Date(target).getTime();
  const serverMs = new Date(serverTime).getTime();
  // First render (server and hydration) uses the server's own instant: no clock is read, no mismatch.
  const [remaining, setRemaining] = useState(targetMs - serverMs);
  const refreshed = useRef(false);

  useEffect(() => {
    const offset = serverMs - Date.now();
    refreshed.current = false;
    const tick = () => {
      const left = targetMs - (Date.now() + offset);
      setRemaining(left);
      if (left <= 0 && !refreshed.current) {
        refreshed.current = true;
        router.refresh();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [targetMs, serverMs, router]);

  const elapsed = remaining <= 0;
  return (
    <span className="sale-countdown" data-testid="sale-countdown">
      <span className="sale-countdown__label">{elapsed ? elapsedLabel : label}</span>{" "}
      {elapsed ? null : (
        <>
          <time className="sale-countdown__clock" dateTime={`PT${Math.max(0, Math.floor(remaining / 1000))}S`} aria-hidden="true">
            {formatCountdown(remaining)}
          </time>
          <span className="hl-visually-hidden">{spokenCountdown(remaining)}</span>
        </>
      )}
    </span>
  );
}
