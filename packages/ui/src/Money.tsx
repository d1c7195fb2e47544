import { cx } from "./cx";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** Formats integer cents as US dollars, e.g. 1299 -> "$12.99". */
export function formatMoney(cents: number): string {
  return usd.format(cents / 100);
}

export interface MoneyProps {
  cents: number;
  className?: string;
}

export function Money({ cents, className }: MoneyProps) {
  return <span className={cx("hl-money", className)}>{formatMoney(cents)}</span>;
}
