/**
 * Dutch number formatting for the dashboard and the report text: 11.724 and 32,1.
 * Pure and dependency-free, so the admin's client components can import it.
 */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 11724 → "11.724" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 32.12 → "32,1" */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** 0.129 → "12,9%" (a share between 0 and 1). */
export function formatShare(share: number): string {
  return `${oneDecimal.format(share * 100)}%`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2022-04" → "april 2022", or "april" with `withYear` false. */
export function formatMonth(month: string, withYear = true): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return withYear ? `${name} ${month.slice(0, 4)}` : name;
}

/** "2022-04-05" → "5 april 2022" */
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${formatMonth(day.slice(0, 7))}`;
}
