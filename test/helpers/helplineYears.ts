import { daysInRange } from '../../cms/analytics/queries/calendar';
import { seededRandom } from './analyticsDataset';
import type { PlannedBrowser, PlannedPage, PlannedVisit } from './simulatedBrowsers';

/**
 * Browsers planned to give the figures of the helpline's 2019 and 2020 annual reports:
 * 2019 6,616 visits; 2020 8,150 visits (+23 %, 22.3 per day), 1,098 returning visitors,
 * modules 10 and 6 most visited, campaign peaks in April, November and December, most
 * referred visits from one large site.
 *
 * The groups (sizes chosen so the totals come out exactly):
 * - 498 browsers first seen in 2019 that come back in 2020 (398 on one day, 100 on two days);
 * - 600 browsers first seen in 2020 that come back on later days (400 twice, 200 three times);
 * - 200 browsers with two visits on one day in 2020 (31 minutes or more apart: not returning);
 * - 5,752 browsers with one visit in 2020, and 6,118 with one visit in 2019.
 * 2020: 598 + 1,400 + 400 + 5,752 = 8,150 visits; 498 + 600 = 1,098 returning visitors.
 * 2019: 498 + 6,118 = 6,616 visits.
 */
export const ROUTES = ['home', 'course', 'page:stop-kindermisbruik', 'page:hulp-bij-kijkgedrag', ...Array.from({ length: 17 }, (_, i) => `module:${i + 1}`)];
export const SOURCES_BY_PAGE = { 'page:stop-kindermisbruik': ['banner-netwerk-a', 'banner-netwerk-b'], 'page:hulp-bij-kijkgedrag': ['poster-utrecht'] } as const;
// Registrable domains under a public suffix: the ingest stores nothing finer (keepPublicReferrer).
export const LARGE_REFERRER = 'grote-partnersite.nl';
const OTHER_REFERRERS = ['zoeken-voorbeeld.nl', 'forum-voorbeeld.nl', 'nieuws-voorbeeld.nl'];
/** Relative chance of each module (1–17) being viewed: 10 and 6 stand out. */
const MODULE_WEIGHTS = [8, 4, 7, 4, 5, 14, 5, 4, 3, 18, 4, 3, 4, 4, 3, 4, 5];
const CAMPAIGN_MONTHS = ['04', '11', '12'];
const MINUTE = 60_000;

export function planHelplineYears(seed = 2020): PlannedBrowser[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const days = { 2019: daysInRange('2019-01-01', '2019-12-31'), 2020: daysInRange('2020-01-01', '2020-12-31') };
  /** `count` different days of `year`, in order. */
  const distinctDays = (year: 2019 | 2020, count: number, after = ''): string[] => {
    const chosen = new Set<string>();
    const pool = days[year].filter((day) => day > after);
    while (chosen.size < count) chosen.add(pick(pool));
    return [...chosen].sort();
  };
  const module = () => {
    let r = random() * MODULE_WEIGHTS.reduce((a, b) => a + b, 0);
    for (let i = 0; i < MODULE_WEIGHTS.length; i += 1) if ((r -= MODULE_WEIGHTS[i]!) < 0) return `module:${i + 1}`;
    return 'module:17';
  };
  const modulePage = (route: string, afterMinutes: number): PlannedPage => {
    const r = random();
    return { route, afterMinutes, ...(r < 0.08 ? { events: ['moduleStart', 'moduleFinish'] } : r < 0.25 ? { events: ['moduleStart'] } : {}) };
  };
  /** A visit on `day`, starting `startMinutes` after 07:00 UTC (the same day in Amsterdam all year). */
  const visit = (day: string, startMinutes: number): PlannedVisit => {
    const start = Date.parse(`${day}T07:00:00Z`) + startMinutes * MINUTE;
    const campaign = random() < (CAMPAIGN_MONTHS.includes(day.slice(5, 7)) ? 0.45 : 0.03);
    const pages: PlannedPage[] = [];
    let source: string | undefined;
    let referrer: string | undefined;
    if (campaign) {
      const page = pick(Object.keys(SOURCES_BY_PAGE) as (keyof typeof SOURCES_BY_PAGE)[]);
      source = pick(SOURCES_BY_PAGE[page]);
      pages.push({ route: page, afterMinutes: 0 });
    } else {
      const r = random();
      if (r < 0.25) referrer = `https://${LARGE_REFERRER}/video/${between(1, 999)}`;
      else if (r < 0.35) referrer = `https://${pick(OTHER_REFERRERS)}/`;
      const first = random();
      pages.push(first < 0.5 ? { route: 'home', afterMinutes: 0 } : first < 0.7 ? { route: 'course', afterMinutes: 0 } : modulePage(module(), 0));
    }
    let minutes = 0;
    for (let more = between(0, 2); more > 0; more -= 1) pages.push(modulePage(module(), (minutes += between(1, 9))));
    return { start, pages, ...(source ? { source } : {}), ...(referrer ? { referrer } : {}) };
  };
  const lastMinute = (v: PlannedVisit) => v.pages[v.pages.length - 1]!.afterMinutes;

  const browsers: PlannedBrowser[] = [];
  for (let i = 0; i < 498; i += 1) {
    const first = distinctDays(2019, 1);
    browsers.push([...first, ...distinctDays(2020, i < 100 ? 2 : 1)].map((day) => visit(day, between(0, 700))));
  }
  for (let i = 0; i < 600; i += 1) browsers.push(distinctDays(2020, i < 200 ? 3 : 2).map((day) => visit(day, between(0, 700))));
  for (let i = 0; i < 200; i += 1) {
    const day = pick(days[2020]);
    const morning = visit(day, between(0, 180));
    // 31 minutes or more after the first visit's last page: a second visit the same day.
    const offset = (morning.start - Date.parse(`${day}T07:00:00Z`)) / MINUTE + lastMinute(morning) + between(31, 200);
    browsers.push([morning, visit(day, offset)]);
  }
  for (let i = 0; i < 5752; i += 1) browsers.push([visit(pick(days[2020]), between(0, 700))]);
  for (let i = 0; i < 6118; i += 1) browsers.push([visit(pick(days[2019]), between(0, 700))]);
  return browsers;
}

/** The plan's own figures, counted from the plan (not through the flags the browsers send). */
export function tallyPlan(browsers: readonly PlannedBrowser[], year: string) {
  const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  let visits = 0;
  let returningVisits = 0;
  const returning = new Set<number>();
  const unique = new Set<number>();
  const uniquePerMonth = new Map<string, Set<number>>();
  const moduleViews = new Map<number, number>();
  const campaignPerMonth = new Map<string, number>();
  const referrers = new Map<string, number>();
  browsers.forEach((planned, id) => {
    const firstDay = dayOf(planned[0]!.start);
    for (const v of planned) {
      const day = dayOf(v.start);
      if (!day.startsWith(year)) continue;
      visits += 1;
      unique.add(id);
      const month = day.slice(0, 7);
      uniquePerMonth.set(month, (uniquePerMonth.get(month) ?? new Set()).add(id));
      if (day > firstDay) {
        returningVisits += 1;
        returning.add(id);
      }
      if (v.source) campaignPerMonth.set(month, (campaignPerMonth.get(month) ?? 0) + 1);
      if (v.referrer) {
        const host = new URL(v.referrer).hostname;
        referrers.set(host, (referrers.get(host) ?? 0) + 1);
      }
      for (const page of v.pages) {
        const n = /^module:(\d+)$/.exec(page.route)?.[1];
        if (n) moduleViews.set(Number(n), (moduleViews.get(Number(n)) ?? 0) + 1);
      }
    }
  });
  return {
    visits,
    returningVisits,
    returningVisitors: returning.size,
    uniqueVisitors: unique.size,
    uniquePerMonth: new Map([...uniquePerMonth].map(([month, ids]) => [month, ids.size])),
    moduleViews,
    campaignPerMonth,
    referrers,
  };
}
