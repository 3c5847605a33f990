/**
 * Chart colours as Payload theme variables, so the charts follow the admin's light and
 * dark themes (SVG presentation attributes accept var()).
 */
export const CHART = {
  primary: 'var(--theme-elevation-800)',
  secondary: 'var(--theme-success-500)',
  tertiary: 'var(--theme-warning-600)',
  grid: 'var(--theme-elevation-150)',
  axis: 'var(--theme-elevation-600)',
  tooltip: {
    contentStyle: { background: 'var(--theme-elevation-50)', border: '1px solid var(--theme-elevation-150)', color: 'var(--theme-text)' },
    labelStyle: { color: 'var(--theme-text)' },
    itemStyle: { color: 'var(--theme-text)' },
    cursor: { fill: 'var(--theme-elevation-100)' },
  },
} as const;

/** Axis tick style. */
export const TICK = { fill: 'var(--theme-elevation-800)', fontSize: 12 } as const;
