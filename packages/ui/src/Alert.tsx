import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "danger";

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  id?: string;
}

/**
 * Errors and warnings use role="alert" (announced immediately); info and success use
 * role="status" (polite), so screen readers are not interrupted by good news.
 */
export function Alert({ tone = "info", title, children, className, id }: AlertProps) {
  const urgent = tone === "danger" || tone === "warning";
  return (
    <div id={id} role={urgent ? "alert" : "status"} className={cx("hl-alert", `hl-alert--${tone}`, className)}>
      {title ? <p className="hl-alert__title">{title}</p> : null}
      {children ? <div>{children}</div> : null}
    </div>
  );
}
