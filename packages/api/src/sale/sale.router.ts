import { adminProcedure, publicProcedure, router, sellerProcedure } from "../trpc";
import { addSaleItem, decideSaleItem, proposeSaleItem, removeSaleItem, updateSaleItem } from "./manage-sale-items";
import { cancelSaleEvent, createSaleEvent, updateSaleEvent } from "./manage-sale-events";
import {
  getFlashSaleStrip,
  getSaleBySlug,
  getSaleEventForAdmin,
  listOpenSaleEvents,
  listOwnSaleItems,
  listSaleEvents,
  listSaleProposals,
} from "./sale-queries";
import {
  cancelSaleEventInput,
  createSaleEventInput,
  decideSaleItemInput,
  saleBySlugInput,
  saleEventIdInput,
  saleItemIdInput,
  saleItemInput,
  saleListInput,
  updateSaleEventInput,
  updateSaleItemInput,
} from "./sale.schema";

export const saleRouter = router({
  strip: publicProcedure.query(({ ctx }) => getFlashSaleStrip(ctx.db, ctx.actor)),
  bySlug: publicProcedure.input(saleBySlugInput).query(({ ctx, input }) => getSaleBySlug(ctx.db, ctx.actor, input)),
  adminList: adminProcedure.input(saleListInput).query(({ ctx, input }) => listSaleEvents(ctx.db, ctx.actor, input)),
  adminGet: adminProcedure.input(saleEventIdInput).query(({ ctx, input }) => getSaleEventForAdmin(ctx.db, ctx.actor, input)),
  proposals: adminProcedure.query(({ ctx }) => listSaleProposals(ctx.db, ctx.actor)),
  create: adminProcedure.input(createSaleEventInput).mutation(({ ctx, input }) => createSaleEvent(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateSaleEventInput).mutation(({ ctx, input }) => updateSaleEvent(ctx.db, ctx.actor, input)),
  cancel: adminProcedure.input(cancelSaleEventInput).mutation(({ ctx, input }) => cancelSaleEvent(ctx.db, ctx.actor, input)),
  addItem: adminProcedure.input(saleItemInput).mutation(({ ctx, input }) => addSaleItem(ctx.db, ctx.actor, input)),
  updateItem: adminProcedure.input(updateSaleItemInput).mutation(({ ctx, input }) => updateSaleItem(ctx.db, ctx.actor, input)),
  removeItem: adminProcedure.input(saleItemIdInput).mutation(({ ctx, input }) => removeSaleItem(ctx.db, ctx.actor, input)),
  decide: adminProcedure.input(decideSaleItemInput).mutation(({ ctx, input }) => decideSaleItem(ctx.db, ctx.actor, input)),
  openEvents: sellerProcedure.query(({ ctx }) => listOpenSaleEvents(ctx.db, ctx.actor)),
  myItems: sellerProcedure.query(({ ctx }) => listOwnSaleItems(ctx.db, ctx.actor)),
  propose: sellerProcedure.input(saleItemInput).mutation(({ ctx, input }) => proposeSaleItem(ctx.db, ctx.actor, input)),
});
