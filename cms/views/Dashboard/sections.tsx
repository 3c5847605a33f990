import type { ReactNode } from 'react';
import type { DashboardData } from '../../analytics/queries/getDashboard';
import { CampaignTable } from './CampaignTable';
import { CountingNotice } from './CountingNotice';
import { ModulesChart } from './ModulesChart';
import { ReferrerTable } from './ReferrerTable';
import { Tiles } from './Tiles';
import { VisitsPerDayChart } from './VisitsPerDayChart';
import { VisitsPerMonthChart } from './VisitsPerMonthChart';
import { YearTable } from './YearTable';

/** One block of the dashboard, drawn from the data of the selected range. */
export interface DashboardSection {
  /** Stable React key. */
  key: string;
  render(data: DashboardData): ReactNode;
}

/**
 * The dashboard's sections, top to bottom. To add figures: a part in DASHBOARD_PARTS
 * (`cms/analytics/queries/getDashboard.ts`) and a section here.
 */
export const DASHBOARD_SECTIONS: DashboardSection[] = [
  { key: 'counting', render: (data) => <CountingNotice totals={data.totals} from={data.from} /> },
  { key: 'tiles', render: (data) => <Tiles totals={data.totals} from={data.from} /> },
  { key: 'perDay', render: (data) => <VisitsPerDayChart days={data.perDay} /> },
  { key: 'modules', render: (data) => <ModulesChart modules={data.modules} /> },
  { key: 'perMonth', render: (data) => <VisitsPerMonthChart months={data.perMonth} /> },
  { key: 'perYear', render: (data) => <YearTable years={data.perYear} /> },
  {
    key: 'campaignsAndReferrers',
    render: (data) => (
      <div className="sin-dash__columns">
        <CampaignTable pages={data.campaigns} />
        <ReferrerTable referrers={data.referrers} />
      </div>
    ),
  },
];
