import type { BrowserCount } from '../queries/countingInRange';
import type { AnnualOverview } from '../queries/getAnnualOverview';
import { formatDay, formatDecimal, formatInteger, formatMonth } from './formatNl';

function moduleName(entry: AnnualOverview['topModules'][number]): string {
  return entry.title ? `module ${entry.module} (${entry.title})` : `module ${entry.module}`;
}

/** "a", "a en b", "a, b en c" */
export function listNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** '1 januari 2020' without the year when it is the report's year. */
function dayIn(day: string, year: number): string {
  const text = formatDay(day);
  return day.startsWith(String(year)) ? text.replace(` ${year}`, '') : text;
}

/** ", 23 % meer dan in 2019" (the report's own form), or '' when there is nothing fair to compare. */
function changePart(o: AnnualOverview): string {
  const c = o.comparison;
  if (!c || c.changePercent === null) return '';
  const than = c.wholeYear ? `in ${c.year}` : `in dezelfde periode van ${c.year}`;
  const rounded = Math.round(c.changePercent);
  if (rounded === 0) return `, evenveel als ${than}`;
  return `, ${Math.abs(rounded)} % ${rounded > 0 ? 'meer' : 'minder'} dan ${than}`;
}

/** Why there is no comparison, or an empty string. */
function noComparisonSentence(o: AnnualOverview): string {
  if (o.comparison?.changePercent != null || o.visits === 0) return '';
  const previous = o.year - 1;
  if (o.comparison) return ` In ${previous} zijn geen bezoeken geteld, dus er is geen vergelijking.`;
  const startedThisYear = (o.counting.counted?.from ?? '') > `${o.year}-01-01`;
  return ` Er is geen vergelijking met ${previous}, omdat ${startedThisYear ? `het tellen pas in ${o.year} begon` : `${previous} niet helemaal is geteld`}.`;
}

/**
 * "Sinds 1 december " when a browser count starts later than the visits it sits beside (the
 * definitions changed during the year); the opening sentence already says when counting began.
 */
function since(count: BrowserCount, o: AnnualOverview): string {
  const countedFrom = o.counting.counted?.from ?? `${o.year}-01-01`;
  return count.from > countedFrom ? `Sinds ${dayIn(count.from, o.year)} ` : '';
}

/** "1 bezoek", "2 bezoeken" */
function count(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

function returningSentence(o: AnnualOverview): string {
  const r = o.returningVisitors;
  if (!r) return ` Terugkerende bezoekers zijn in ${o.year} nog niet geteld.`;
  const who = count(r.count, 'bezoeker', 'bezoekers');
  const verb = r.count === 1 ? 'kwam' : 'kwamen';
  const prefix = since(r, o);
  return prefix ? ` ${prefix}${verb} ${who} terug.` : ` ${who} ${verb} terug.`;
}

function visitorsSentence(o: AnnualOverview): string {
  const u = o.uniqueVisitors;
  const share =
    o.visits > 0 ? `; ${count(o.returningVisits, 'bezoek was', 'bezoeken waren')} van bezoekers die er op een eerdere dag ook waren` : '';
  if (!u) return `Unieke bezoekers zijn in ${o.year} nog niet geteld${share}.`;
  const prefix = since(u, o);
  const who = count(u.count, 'bezoeker', 'verschillende bezoekers');
  return prefix ? `${prefix}${u.count === 1 ? 'bezocht' : 'bezochten'} ${who} de website${share}.` : `Er ${u.count === 1 ? 'was' : 'waren'} ${who}${share}.`;
}

function campaignSentence(o: AnnualOverview): string {
  const total = o.campaignVisitsPerMonth.reduce((sum, m) => sum + m.visits, 0);
  if (total === 0) return 'Er zijn geen campagnebezoeken geteld.';
  const months = o.campaignVisitsPerMonth.filter((m) => m.visits > 0).map((m) => formatMonth(m.month, false));
  const peaks = o.campaignPeakMonths.map((month) => formatMonth(month, false));
  // A peak needs a base level to stand out from; one or two months are simply named.
  const shape =
    peaks.length > 0 ? `, met ${peaks.length === 1 ? 'een piek' : 'pieken'} in ${listNl(peaks)}` : months.length <= 2 ? ` in ${listNl(months)}` : ', verspreid over het jaar';
  return `Via campagnes (links en QR-codes) ${total === 1 ? 'kwam' : 'kwamen'} ${count(total, 'bezoek', 'bezoeken')} binnen${shape}.`;
}

/** Notes on how the year was counted, when that affects the figures. */
function countingSentences(o: AnnualOverview): string[] {
  const notes: string[] = [];
  const { oldWay, currentWay } = o.counting;
  if (oldWay && currentWay) {
    notes.push(
      `Let op: tot en met ${dayIn(oldWay.to, o.year)} telde de website bezoeken op de oude manier (elk tabblad een bezoek). Vanaf ${dayIn(currentWay.from, o.year)} eindigt een bezoek na 30 minuten zonder nieuwe pagina.`,
    );
  } else if (oldWay) {
    notes.push('Let op: dit jaar is op de oude manier geteld (elk tabblad een bezoek); unieke en terugkerende bezoekers per jaar bestaan daarvoor niet.');
  }
  if (o.comparison?.acrossChange) notes.push(`De vergelijking met ${o.comparison.year} loopt over die verandering heen en is daarom niet zuiver.`);
  return notes;
}

/**
 * The annual overview as Dutch report text, in the form of the helpline's annual reports
 * ("In 2020 is de website 8.150 keer bezocht, 23 % meer dan in 2019, gemiddeld 22,3 keer per
 * dag. 1.098 bezoekers kwamen terug."), then the unique visitors, the most visited modules,
 * finished modules, campaigns and the top referrer. The subject is "de website": the visits
 * are those of every public page, not only of the course.
 */
export function annualReportText(o: AnnualOverview): string {
  const counted = o.counting.counted;
  if (!counted) return `Over ${o.year} is (nog) niets geteld.`;
  const from = dayIn(counted.from, o.year);
  const to = dayIn(counted.to, o.year);
  const when =
    counted.from === counted.to && counted.from > `${o.year}-01-01`
      ? `${o.year} is de website op ${from}`
      : counted.from > `${o.year}-01-01`
        ? `${o.year} is de website sinds ${from}${o.partial ? ` tot en met ${to}` : ''}`
        : `${o.year} is de website${o.partial ? ` tot en met ${to}` : ''}`;
  const perDay = o.visitsPerDay === null ? '' : `, gemiddeld ${formatDecimal(o.visitsPerDay)} keer per dag`;
  const lines = [
    `In ${when} ${formatInteger(o.visits)} keer bezocht${changePart(o)}${perDay}.${returningSentence(o)}${noComparisonSentence(o)}`,
    visitorsSentence(o),
  ];
  if (o.topModules.length > 0) {
    lines.push(`De meest bezochte ${o.topModules.length === 1 ? 'module was' : 'modules waren'} ${listNl(o.topModules.map(moduleName))}.`);
  }
  lines.push(`Modules zijn ${formatInteger(o.moduleFinishes)} keer afgerond en ${formatInteger(o.moduleStarts)} keer begonnen.`);
  lines.push(campaignSentence(o));
  lines.push(
    o.topReferrer
      ? `De meeste bezoekers via een andere website kwamen van ${o.topReferrer.host} (${formatInteger(o.topReferrer.visits)} bezoeken).`
      : 'Er zijn geen bezoeken via andere websites geteld.',
  );
  lines.push(...countingSentences(o));
  return lines.join('\n');
}
