export { Countdown, formatCountdown } from "./countdown";
export type { CountdownProps } from "./countdown";
export { SaleBadge, SalePrice } from "./sale-price";
export type { SalePriceProps } from "./sale-price";
