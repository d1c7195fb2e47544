import { customerProcedure, publicProcedure, router } from "../trpc";
import {
  cartAddInput,
  cartMergeInput,
  cartPreviewInput,
  cartRemoveInput,
  cartReorderInput,
  cartSetQuantityInput,
} from "./cart.schema";
import { getCart, previewCart } from "./get-cart";
import { mergeCart } from "./merge-cart";
import { reorder } from "./reorder";
import { addToCart, clearCart, removeFromCart, setCartQuantity } from "./update-cart";

/** Every mutation returns the whole updated cart, so a client can just replace its copy. */
export const cartRouter = router({
  get: customerProcedure.query(({ ctx }) => getCart(ctx.db, ctx.actor)),
  add: customerProcedure.input(cartAddInput).mutation(({ ctx, input }) => addToCart(ctx.db, ctx.actor, input)),
  setQuantity: customerProcedure
    .input(cartSetQuantityInput)
    .mutation(({ ctx, input }) => setCartQuantity(ctx.db, ctx.actor, input)),
  remove: customerProcedure.input(cartRemoveInput).mutation(({ ctx, input }) => removeFromCart(ctx.db, ctx.actor, input)),
  clear: customerProcedure.mutation(({ ctx }) => clearCart(ctx.db, ctx.actor)),
  /** A visitor's local cart priced in one query: same prices, sales and stock rules as `get`. */
  preview: publicProcedure.input(cartPreviewInput).query(({ ctx, input }) => previewCart(ctx.db, input.lines)),
  merge: customerProcedure.input(cartMergeInput).mutation(({ ctx, input }) => mergeCart(ctx.db, ctx.actor, input)),
  /** "Buy again" from My orders: the order's still-sellable lines, and a report of the rest. */
  reorder: customerProcedure.input(cartReorderInput).mutation(({ ctx, input }) => reorder(ctx.db, ctx.actor, input)),
});
