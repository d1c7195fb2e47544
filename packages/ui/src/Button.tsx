import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";
import { Spinner } from "./Spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

export interface ButtonStyleOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  className?: string;
}

/** Class names of a button; lets apps style links (e.g. next/link) as buttons. */
export function buttonClassName({ variant = "primary", size = "md", block, className }: ButtonStyleOptions = {}): string {
  return cx(
    "hl-button",
    variant !== "primary" && `hl-button--${variant}`,
    size !== "md" && `hl-button--${size}`,
    block && "hl-button--block",
    className,
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonStyleOptions {
  /** Shows a spinner, sets aria-busy and disables the button; the label stays for screen readers. */
  loading?: boolean;
}

/** Hook-free, so it renders in server components too; event handlers need a client parent. */
export function Button({
  variant,
  size,
  block,
  loading = false,
  className,
  type = "button",
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClassName({ variant, size, block, className })}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  );
}
