import { publicProcedure, router } from "../trpc";
import { alsoSoldBy } from "./also-sold-by";
import { getMedicineById, getMedicineBySlug } from "./get-medicine-by-slug";
import { listMedicines } from "./list-medicines";
import { medicineByIdInput, medicineBySlugInput, medicineListInput } from "./medicine.schema";

export const medicineRouter = router({
  list: publicProcedure.input(medicineListInput).query(({ ctx, input }) => listMedicines(ctx.db, ctx.actor, input)),
  bySlug: publicProcedure
    .input(medicineBySlugInput)
    .query(({ ctx, input }) => getMedicineBySlug(ctx.db, ctx.actor, input)),
  byId: publicProcedure.input(medicineByIdInput).query(({ ctx, input }) => getMedicineById(ctx.db, ctx.actor, input)),
  /** Other pharmacies selling the same product (generic, strength, form, pack), cheapest first. */
  alsoSoldBy: publicProcedure.input(medicineByIdInput).query(({ ctx, input }) => alsoSoldBy(ctx.db, ctx.actor, input)),
});
