import { z } from "zod";

const calendarDate = z.iso
  .date()
  .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", { message: "Pick a date between 2000 and 2099" });
const text = (max: number) => z.string().trim().min(1).max(max).optional();

/** Filters of the admin audit log; every one optional, combined with AND. */
export const auditLogListInput = z
  .strictObject({
    /** The actor's user id or e-mail address. */
    actor: text(254),
    entityType: text(64),
    entityId: text(128),
    action: text(128),
    /** Inclusive calendar days in the store's time zone. */
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "The end date is before the start date" });
export type AuditLogListInput = z.input<typeof auditLogListInput>;
export type AuditLogListParams = z.output<typeof auditLogListInput>;

export const auditChange = z.object({
  field: z.string(),
  kind: z.enum(["added", "removed", "changed", "unchanged"]),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChange>;

export const auditLogEntry = z.object({
  id: z.string(),
  createdAt: z.date(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** Field-by-field before/after (see audit-diff.ts). */
  changes: z.array(auditChange),
});
export type AuditLogEntry = z.infer<typeof auditLogEntry>;

export const auditLogPage = z.object({ items: z.array(auditLogEntry), nextCursor: z.string().nullable() });
export type AuditLogPage = z.infer<typeof auditLogPage>;

export const auditLogFacets = z.object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) });
export type AuditLogFacets = z.infer<typeof auditLogFacets>;
