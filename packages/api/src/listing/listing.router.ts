import { router, sellerProcedure } from "../trpc";
import { createListing } from "./create-listing";
import { getListingForEdit } from "./get-listing-for-edit";
import { getListingHistory } from "./listing-history";
import {
  listingCreateInput,
  listingHistoryInput,
  listingIdInput,
  listingListMineInput,
  listingUpdateInput,
} from "./listing.schema";
import { listOwnListings } from "./list-own-listings";
import { setListingStatus } from "./set-listing-status";
import { updateListing } from "./update-listing";

/** A seller's listings in the console. Ownership is enforced in the services (NOT_FOUND otherwise). */
export const listingRouter = router({
  create: sellerProcedure.input(listingCreateInput).mutation(({ ctx, input }) => createListing(ctx.db, ctx.actor, input)),
  update: sellerProcedure.input(listingUpdateInput).mutation(({ ctx, input }) => updateListing(ctx.db, ctx.actor, input)),
  archive: sellerProcedure
    .input(listingIdInput)
    .mutation(({ ctx, input }) => setListingStatus(ctx.db, ctx.actor, { id: input.id, status: "ARCHIVED" })),
  restore: sellerProcedure
    .input(listingIdInput)
    .mutation(({ ctx, input }) => setListingStatus(ctx.db, ctx.actor, { id: input.id, status: "ACTIVE" })),
  getForEdit: sellerProcedure.input(listingIdInput).query(({ ctx, input }) => getListingForEdit(ctx.db, ctx.actor, input)),
  listMine: sellerProcedure.input(listingListMineInput).query(({ ctx, input }) => listOwnListings(ctx.db, ctx.actor, input)),
  history: sellerProcedure.input(listingHistoryInput).query(({ ctx, input }) => getListingHistory(ctx.db, ctx.actor, input)),
});
