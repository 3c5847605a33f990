import type { AnnualOverview } from '../queries/getAnnualOverview';
import { formatDecimal, formatInteger, formatMonth, formatShare } from './formatNl';

function moduleName(entry: AnnualOverview['topModules'][number]): string {
  return entry.title ? `module ${entry.module} (${entry.title})` : `module ${entry.module}`;
}

/** "a", "a en b", "a, b en c" */
function listNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function changeSentence(o: AnnualOverview): string {
  if (o.changePercent === null) return `Over ${o.year - 1} zijn geen bezoeken geteld, dus er is geen vergelijking.`;
  const rounded = Math.round(o.changePercent);
  if (rounded === 0) return `Dat is evenveel als in ${o.year - 1} (${formatInteger(o.previousYearVisits)}).`;
  const direction = rounded > 0 ? 'meer' : 'minder';
  return `Dat is ${Math.abs(rounded)}% ${direction} dan in ${o.year - 1} (${formatInteger(o.previousYearVisits)}).`;
}

/**
 * The annual overview as Dutch report text, in the order the helpline's annual report
 * uses: visits and change, visits per day, returning visits, most visited modules,
 * campaign months and the top referrer. Visits are counted without identifiers, so
 * "returning" means visits, not people.
 */
export function annualReportText(o: AnnualOverview): string {
  const lines: string[] = [];
  const soFar = o.partial ? ' tot nu toe' : '';
  lines.push(`Bezoek aan de website in ${o.year}${soFar}: ${formatInteger(o.visits)} bezoeken. ${changeSentence(o)}`);
  lines.push(
    `Gemiddeld ${formatDecimal(o.visitsPerDay)} bezoeken per dag (over ${formatInteger(o.daysCounted)} dagen).`,
  );
  const share = o.visits > 0 ? ` (${formatShare(o.returningVisits / o.visits)} van alle bezoeken)` : '';
  lines.push(`${formatInteger(o.returningVisits)} bezoeken kwamen van terugkerende bezoekers${share}.`);
  if (o.topModules.length > 0) {
    lines.push(`Meest bezochte modules: ${listNl(o.topModules.map(moduleName))}.`);
  }
  lines.push(`${formatInteger(o.moduleFinishes)} keer werd een module afgerond.`);
  const campaignMonths = o.campaignVisitsPerMonth.filter((m) => m.visits > 0);
  if (campaignMonths.length > 0) {
    const total = campaignMonths.reduce((sum, m) => sum + m.visits, 0);
    const peak = [...campaignMonths].sort((a, b) => b.visits - a.visits)[0];
    lines.push(
      `Via campagnes (links en QR-codes) kwamen ${formatInteger(total)} bezoeken binnen, de meeste in ${formatMonth(peak?.month ?? '', false)}. Per maand: ${campaignMonths
        .map((m) => `${formatMonth(m.month, false)} ${formatInteger(m.visits)}`)
        .join(', ')}.`,
    );
  } else {
    lines.push('Er zijn geen campagnebezoeken geteld.');
  }
  lines.push(
    o.topReferrer
      ? `De meeste verwijzingen van andere websites kwamen van ${o.topReferrer.host} (${formatInteger(o.topReferrer.visits)} bezoeken).`
      : 'Er zijn geen verwijzingen van andere websites geteld.',
  );
  return lines.join('\n');
}
