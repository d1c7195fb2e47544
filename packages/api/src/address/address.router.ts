import { customerProcedure, router } from "../trpc";
import { listAddresses } from "./address-book";
import { addressCreateInput, addressIdInput, addressUpdateInput } from "./address.schema";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "./manage-addresses";

export const addressRouter = router({
  list: customerProcedure.query(({ ctx }) => listAddresses(ctx.db, ctx.actor.userId)),
  create: customerProcedure.input(addressCreateInput).mutation(({ ctx, input }) => createAddress(ctx.db, ctx.actor, input)),
  update: customerProcedure.input(addressUpdateInput).mutation(({ ctx, input }) => updateAddress(ctx.db, ctx.actor, input)),
  delete: customerProcedure.input(addressIdInput).mutation(({ ctx, input }) => deleteAddress(ctx.db, ctx.actor, input)),
  setDefault: customerProcedure
    .input(addressIdInput)
    .mutation(({ ctx, input }) => setDefaultAddress(ctx.db, ctx.actor, input)),
});
