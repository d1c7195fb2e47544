import { publicProcedure, router } from "../trpc";
import { getCategoryTree } from "./category-tree";

export const categoryRouter = router({
  tree: publicProcedure.query(({ ctx }) => getCategoryTree(ctx.db)),
});
