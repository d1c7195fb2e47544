import { publicProcedure, router } from "../trpc";
import { getMedicineById, getMedicineBySlug } from "./get-medicine-by-slug";
import { listMedicines } from "./list-medicines";
import { medicineByIdInput, medicineBySlugInput, medicineListInput } from "./medicine.schema";

export const medicineRouter = router({
  list: publicProcedure.input(medicineListInput).query(({ ctx, input }) => listMedicines(ctx.db, ctx.actor, input)),
  bySlug: publicProcedure
    .input(medicineBySlugInput)
    .query(({ ctx, input }) => getMedicineBySlug(ctx.db, ctx.actor, input)),
  byId: publicProcedure.input(medicineByIdInput).query(({ ctx, input }) => getMedicineById(ctx.db, ctx.actor, input)),
});
