import { customerProcedure, router, sellerProcedure } from "../trpc";
import { listMyPrescriptions } from "./list-my-prescriptions";
import { myPrescriptionsInput, reviewPrescriptionInput } from "./prescription.schema";
import { reviewPrescription } from "./review-prescription";

/** Uploads and file downloads are route handlers (prescription-http.ts); the rest is here. */
export const prescriptionRouter = router({
  mine: customerProcedure.input(myPrescriptionsInput).query(({ ctx, input }) => listMyPrescriptions(ctx.db, ctx.actor, input)),
  review: sellerProcedure
    .input(reviewPrescriptionInput)
    .mutation(({ ctx, input }) => reviewPrescription(ctx.db, ctx.actor, input)),
});
