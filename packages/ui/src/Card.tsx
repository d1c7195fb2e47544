import type { HTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: "div" | "article" | "section" | "li";
  interactive?: boolean;
  padded?: boolean;
  narrow?: boolean;
  children?: ReactNode;
}

export function Card({ as: Tag = "div", interactive, padded, narrow, className, children, ...rest }: CardProps) {
  return (
    <Tag
      {...rest}
      className={cx(
        "hl-card",
        interactive && "hl-card--interactive",
        padded && "hl-card--padded",
        narrow && "hl-card--narrow",
        className,
      )}
    >
      {children}
    </Tag>
  );
}
