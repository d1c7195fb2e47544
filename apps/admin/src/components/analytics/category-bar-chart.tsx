"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyCompact } from "./format";

export type CategoryRevenue = { categoryId: string; name: string; revenueCents: number };

/** Revenue per top-level category, largest first (horizontal bars keep long names readable). */
export function CategoryBarChart({ categories, label }: { categories: CategoryRevenue[]; label: string }) {
  const data = categories.map((c) => ({ name: c.name, revenue: c.revenueCents }));
  const height = Math.max(160, data.length * 36 + 40);
  return (
    <div className="analytics-chart analytics-chart--bars" style={{ height }} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--hl-neutral-200)" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatMoneyCompact(v)} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [formatMoney(Number(value)), "Revenue"]} />
          <Bar dataKey="revenue" name="Revenue" fill="var(--hl-primary-500)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
