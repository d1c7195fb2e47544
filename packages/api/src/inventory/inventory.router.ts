import { router, sellerProcedure } from "../trpc";
import { correctStock, restock, writeOffStock } from "./adjust-stock";
import { correctionInput, lowStockInput, movementsInput, restockInput, writeOffInput } from "./inventory.schema";
import { listLowStock } from "./list-low-stock";
import { listStockMovements } from "./list-stock-movements";

/** Stock changes of the caller's own listings; each is a ledger row + audit row, or nothing. */
export const inventoryRouter = router({
  restock: sellerProcedure.input(restockInput).mutation(({ ctx, input }) => restock(ctx.db, ctx.actor, input)),
  correct: sellerProcedure.input(correctionInput).mutation(({ ctx, input }) => correctStock(ctx.db, ctx.actor, input)),
  writeOff: sellerProcedure.input(writeOffInput).mutation(({ ctx, input }) => writeOffStock(ctx.db, ctx.actor, input)),
  lowStock: sellerProcedure.input(lowStockInput).query(({ ctx, input }) => listLowStock(ctx.db, ctx.actor, input)),
  movements: sellerProcedure.input(movementsInput).query(({ ctx, input }) => listStockMovements(ctx.db, ctx.actor, input)),
});
