import type { HTMLAttributes } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "primary" | "success" | "warning" | "danger" | "info";

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
}

export function Badge({ tone = "neutral", className, ...rest }: BadgeProps) {
  return <span {...rest} className={cx("hl-badge", tone !== "neutral" && `hl-badge--${tone}`, className)} />;
}

/** "Rx only" for prescription medicines. */
export function RxBadge() {
  return (
    <Badge tone="info" title="A valid prescription is required">
      Rx only
    </Badge>
  );
}

/** Same shape as the API's `stockState` of a medicine. */
export type StockStatus = { state: "in_stock" } | { state: "low"; count: number } | { state: "out_of_stock" };

/** "low" when stock <= the threshold (the seller's own threshold when known). */
export function stockStatusOf(stock: number, lowStockThreshold = 10): StockStatus {
  if (stock <= 0) return { state: "out_of_stock" };
  if (stock <= lowStockThreshold) return { state: "low", count: stock };
  return { state: "in_stock" };
}

export function stockLabel(status: StockStatus): string {
  switch (status.state) {
    case "out_of_stock":
      return "Out of stock";
    case "low":
      return `Only ${status.count} left`;
    case "in_stock":
      return "In stock";
  }
}

const STOCK_TONE: Record<StockStatus["state"], BadgeTone> = {
  in_stock: "success",
  low: "warning",
  out_of_stock: "danger",
};

export type StockBadgeProps = { status: StockStatus } | { stock: number; lowStockThreshold?: number };

/** "In stock", "Only 3 left" or "Out of stock", from a stock status or a raw count. */
export function StockBadge(props: StockBadgeProps) {
  const status = "status" in props ? props.status : stockStatusOf(props.stock, props.lowStockThreshold);
  return <Badge tone={STOCK_TONE[status.state]}>{stockLabel(status)}</Badge>;
}
