import { adminProcedure, authedProcedure, customerProcedure, router } from "../trpc";
import { applyToSell } from "./apply-to-sell";
import { approveSeller, rejectSeller, reinstateSeller, renewSellerLicence, suspendSeller } from "./decide-seller";
import { getMyApplication } from "./get-my-application";
import { listSellers } from "./list-sellers";
import {
  applyToSellInput,
  listSellersInput,
  profileDecisionInput,
  profileIdInput,
  renewLicenceInput,
} from "./seller-application.schema";

/** Seller onboarding: customers apply; admins approve, reject, suspend, reinstate, renew licences. */
export const sellersRouter = router({
  submitApplication: customerProcedure.input(applyToSellInput).mutation(({ ctx, input }) => applyToSell(ctx.db, ctx.actor, input)),
  myApplication: authedProcedure.query(({ ctx }) => getMyApplication(ctx.db, ctx.actor)),
  list: adminProcedure.input(listSellersInput).query(({ ctx, input }) => listSellers(ctx.db, ctx.actor, input)),
  approve: adminProcedure.input(profileIdInput).mutation(({ ctx, input }) => approveSeller(ctx.db, ctx.actor, input)),
  reject: adminProcedure.input(profileDecisionInput).mutation(({ ctx, input }) => rejectSeller(ctx.db, ctx.actor, input)),
  suspend: adminProcedure.input(profileDecisionInput).mutation(({ ctx, input }) => suspendSeller(ctx.db, ctx.actor, input)),
  reinstate: adminProcedure.input(profileIdInput).mutation(({ ctx, input }) => reinstateSeller(ctx.db, ctx.actor, input)),
  renewLicence: adminProcedure.input(renewLicenceInput).mutation(({ ctx, input }) => renewSellerLicence(ctx.db, ctx.actor, input)),
});
