import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { RevenueBasis } from "./definitions";
import type { RangePreset, ResolvedRange } from "./analytics.schema";

const PRESET_DAYS: Record<Exclude<RangePreset, "custom">, number> = { today: 1, "7d": 7, "30d": 30, "90d": 90 };

type RangeRequest = { preset: RangePreset; from?: string | undefined; to?: string | undefined; basis: RevenueBasis };

type Row = {
  from: string;
  to: string;
  days: number;
  previousFrom: string;
  previousTo: string;
  startUtc: string;
  endUtc: string;
  previousStartUtc: string;
};

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Turns a preset ("last 7 days" = today and the 6 days before, in the store's time zone) or a custom
 * pair of local dates into UTC instants. PostgreSQL does the calendar work, so days that are 23 or
 * 25 hours long (daylight saving) and zones where midnight does not exist come out right.
 */
export async function resolveRange(db: DbOrTx, request: RangeRequest, timeZone: string): Promise<ResolvedRange> {
  const custom = request.preset === "custom";
  const days = custom ? null : PRESET_DAYS[request.preset as Exclude<RangePreset, "custom">];
  const fmt = Prisma.raw(ISO_UTC);
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH today AS (SELECT (now() AT TIME ZONE ${timeZone})::date AS d),
    bounds AS (
      SELECT COALESCE(${custom ? request.from! : null}::date, today.d - (${days ?? 1}::int - 1)) AS f,
             COALESCE(${custom ? request.to! : null}::date, today.d) AS t
      FROM today
    )
    SELECT to_char(f, 'YYYY-MM-DD') AS "from",
           to_char(t, 'YYYY-MM-DD') AS "to",
           (t - f + 1)::int AS days,
           to_char(f - (t - f + 1), 'YYYY-MM-DD') AS "previousFrom",
           to_char(f - 1, 'YYYY-MM-DD') AS "previousTo",
           to_char(f::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC', ${fmt}) AS "startUtc",
           to_char((t + 1)::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC', ${fmt}) AS "endUtc",
           to_char((f - (t - f + 1))::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC', ${fmt}) AS "previousStartUtc"
    FROM bounds`);
  if (!row) throw new Error("resolveRange: no row");
  return { preset: request.preset, basis: request.basis, timeZone, ...row };
}
