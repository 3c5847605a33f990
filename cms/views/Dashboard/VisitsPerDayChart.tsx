'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayVisits } from '../../analytics/queries/getVisitsPerDay';
import { formatDay, formatInteger } from '../../analytics/report/formatNl';
import { ChartFrame } from './ChartFrame';
import { CHART, TICK } from './chartTheme';

/** Visits per day, new and returning stacked. */
export function VisitsPerDayChart({ days }: { days: DayVisits[] }) {
  return (
    <ChartFrame
      title="Bezoeken per dag (nieuw en terugkerend)"
      columns={['Dag', 'Bezoeken', 'Nieuw', 'Terugkerend', 'Unieke bezoekers']}
      rows={days.map((d) => [formatDay(d.day), formatInteger(d.visits), formatInteger(d.newVisits), formatInteger(d.returningVisits), formatInteger(d.visitors)])}
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={days} accessibilityLayer={false} barCategoryGap={days.length > 60 ? 0 : '10%'}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="day" tick={TICK} stroke={CHART.axis} tickFormatter={(day: string) => day.slice(5)} minTickGap={24} />
          <YAxis tick={TICK} stroke={CHART.axis} allowDecimals={false} width={48} />
          <Tooltip {...CHART.tooltip} labelFormatter={(day) => formatDay(String(day))} />
          <Legend wrapperStyle={{ color: 'var(--theme-text)' }} />
          <Bar dataKey="newVisits" name="Nieuw" stackId="visits" fill={CHART.primary} isAnimationActive={false} />
          <Bar dataKey="returningVisits" name="Terugkerend" stackId="visits" fill={CHART.secondary} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
