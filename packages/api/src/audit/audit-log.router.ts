import { adminProcedure, router } from "../trpc";
import { auditLogFacets, auditLogListInput, auditLogPage } from "./audit-log.schema";
import { getAuditLogFacets, searchAuditLog } from "./search-audit-log";

/** Read-only by design: the audit log is append-only (no procedure edits or deletes rows; a trigger refuses it). */
export const auditLogRouter = router({
  list: adminProcedure
    .input(auditLogListInput)
    .output(auditLogPage)
    .query(({ ctx, input }) => searchAuditLog(ctx.db, ctx.actor, input)),
  facets: adminProcedure.output(auditLogFacets).query(({ ctx }) => getAuditLogFacets(ctx.db, ctx.actor)),
});
