"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatMoney, formatMoneyCompact, formatShortDay } from "./format";

export type RevenueDay = { date: string; revenueCents: number; orders: number };

/**
 * Revenue per day (recharts draws in the browser only; the server renders the fixed-height box,
 * so the layout does not jump). The same numbers are in the table under the chart.
 */
export function RevenueLineChart({ days, label }: { days: RevenueDay[]; label: string }) {
  const data = days.map((d) => ({ ...d, revenue: d.revenueCents }));
  return (
    <div className="analytics-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--hl-neutral-200)" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatShortDay} minTickGap={24} tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => formatMoneyCompact(v)} width={64} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value) => [formatMoney(Number(value)), "Revenue"]}
            labelFormatter={(date) => `${formatShortDay(String(date))} · ${formatCount(data.find((d) => d.date === date)?.orders ?? 0)} orders`}
          />
          <Line
            type="monotone"
            dataKey="revenue"
            name="Revenue"
            stroke="var(--hl-primary-600)"
            strokeWidth={2}
            dot={days.length <= 31}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
