'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ModuleStats } from '../../analytics/queries/getModuleStats';
import { formatInteger } from '../../analytics/report/formatNl';
import { ChartFrame } from './ChartFrame';
import { CHART, TICK } from './chartTheme';

/** Modules 1–17: views, starts (first answer) and finishes. */
export function ModulesChart({ modules }: { modules: ModuleStats[] }) {
  return (
    <ChartFrame
      title="Modules: bekeken, gestart en afgerond"
      columns={['Module', 'Titel', 'Bekeken', 'Gestart', 'Afgerond']}
      rows={modules.map((m) => [m.module, m.title ?? '–', formatInteger(m.views), formatInteger(m.starts), formatInteger(m.finishes)])}
    >
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={modules} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="module" tick={TICK} stroke={CHART.axis} interval={0} />
          <YAxis tick={TICK} stroke={CHART.axis} allowDecimals={false} width={48} />
          <Tooltip
            {...CHART.tooltip}
            labelFormatter={(module, payload) => {
              const title = (payload?.[0]?.payload as ModuleStats | undefined)?.title;
              return title ? `Module ${module}: ${title}` : `Module ${module}`;
            }}
          />
          <Legend wrapperStyle={{ color: 'var(--theme-text)' }} />
          <Bar dataKey="views" name="Bekeken" fill={CHART.primary} isAnimationActive={false} />
          <Bar dataKey="starts" name="Gestart" fill={CHART.secondary} isAnimationActive={false} />
          <Bar dataKey="finishes" name="Afgerond" fill={CHART.tertiary} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
