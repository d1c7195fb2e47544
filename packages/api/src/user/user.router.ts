import { authedProcedure, router } from "../trpc";
import { getMe } from "./get-me";
import { updateMe } from "./update-me";
import { updateMeInput } from "./user.schema";

export const meRouter = router({
  get: authedProcedure.query(({ ctx }) => getMe(ctx.db, ctx.actor)),
  update: authedProcedure.input(updateMeInput).mutation(({ ctx, input }) => updateMe(ctx.db, ctx.actor, input)),
});
