/** What a shopper sees: "In stock", "Only 3 left", "Out of stock". */
export type StockState = { state: "in_stock" } | { state: "low"; count: number } | { state: "out_of_stock" };

/** "low" uses the seller's own lowStockThreshold (stock <= threshold), the same rule as the console. */
export function stockStateOf(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return { state: "out_of_stock" };
  if (stock <= lowStockThreshold) return { state: "low", count: stock };
  return { state: "in_stock" };
}
