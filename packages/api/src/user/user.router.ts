import { authedProcedure, router } from "../trpc";
import { getMe } from "./get-me";

export const meRouter = router({
  get: authedProcedure.query(({ ctx }) => getMe(ctx.db, ctx.actor)),
});
