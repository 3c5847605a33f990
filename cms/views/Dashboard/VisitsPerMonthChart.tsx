'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthVisits } from '../../analytics/queries/getVisitsPerMonth';
import { formatInteger, formatMonth } from '../../analytics/report/formatNl';
import { ChartFrame } from './ChartFrame';
import { CHART, TICK } from './chartTheme';
import { formatCountCell } from './formatCount';

/** Visits per month beside campaign visits: campaign peaks stand out. */
export function VisitsPerMonthChart({ months }: { months: MonthVisits[] }) {
  return (
    <ChartFrame
      title="Bezoeken per maand"
      columns={['Maand', 'Bezoeken', 'Terugkerend', 'Unieke bezoekers', 'Via campagnes']}
      rows={months.map((m) => [
        formatMonth(m.month),
        formatInteger(m.visits),
        formatInteger(m.returningVisits),
        formatCountCell(m.uniqueVisitors, `${m.month}-01`),
        formatInteger(m.campaignVisits),
      ])}
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={months} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="month" tick={TICK} stroke={CHART.axis} tickFormatter={(month: string) => formatMonth(month, false).slice(0, 3)} />
          <YAxis tick={TICK} stroke={CHART.axis} allowDecimals={false} width={48} />
          <Tooltip {...CHART.tooltip} labelFormatter={(month) => formatMonth(String(month))} />
          <Legend wrapperStyle={{ color: 'var(--theme-text)' }} />
          <Bar dataKey="visits" name="Bezoeken" fill={CHART.primary} isAnimationActive={false} />
          <Bar dataKey="campaignVisits" name="Via campagnes" fill={CHART.tertiary} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
