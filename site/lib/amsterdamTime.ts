/**
 * Wall-clock date and time in the Netherlands, whatever zone the visitor's machine is in.
 * Intl knows when Europe/Amsterdam switches to and from summer time; adding a fixed offset
 * to UTC or reading the machine's own zone would be an hour off half the year or abroad.
 */

let wallClock: Intl.DateTimeFormat | undefined;
let dayName: Intl.DateTimeFormat | undefined;

/** Date 'YYYY-MM-DD' and time 'HH:MM' on a clock in Amsterdam at `instant`. */
export function amsterdamWallClock(instant: Date): { date: string; time: string } {
  wallClock ??= new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A calendar day written out in Dutch, e.g. 'maandag 24 november'. */
export function dutchDayName(day: string): string {
  // The day is already a wall-clock date: format it in UTC so no zone can move it.
  dayName ??= new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  return dayName.format(new Date(`${day}T12:00:00Z`));
}
