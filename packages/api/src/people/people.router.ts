import { adminProcedure, router } from "../trpc";
import { getPerson } from "./get-person";
import { listPeople } from "./list-people";
import { listPeopleInput, personIdInput, setBlockedInput } from "./people.schema";
import { blockUser, unblockUser } from "./set-blocked";

/** The admin command center's people pages: list, one person, block / unblock. */
export const peopleRouter = router({
  list: adminProcedure.input(listPeopleInput).query(({ ctx, input }) => listPeople(ctx.db, ctx.actor, input)),
  get: adminProcedure.input(personIdInput).query(({ ctx, input }) => getPerson(ctx.db, ctx.actor, input)),
  block: adminProcedure.input(setBlockedInput).mutation(({ ctx, input }) => blockUser(ctx.db, ctx.actor, input)),
  unblock: adminProcedure.input(setBlockedInput).mutation(({ ctx, input }) => unblockUser(ctx.db, ctx.actor, input)),
});
