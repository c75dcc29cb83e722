// A test oracle for wall-clock readings, built on Intl directly (independent of src/snooze/_zonedTime.ts).
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface Reading {
  readonly date: string; // 'YYYY-MM-DD'
  readonly time: string; // 'HH:mm'
  readonly weekday: string; // 'Mon' ...
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

/** How the clocks on the wall of `zone` read at `instant`. */
export function wallClock(instant: number, zone: string): Reading {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short',
    });
    formatters.set(zone, f);
  }
  const parts = new Map(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const get = (type: string): string => parts.get(type as Intl.DateTimeFormatPartTypes) ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}`, weekday: get('weekday'),
    year: Number(get('year')), month: Number(get('month')), day: Number(get('day')),
  };
}

/** Whole calendar days from local date `a` to local date `b` ('YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const HOUR = 3_600_000;
export const at = (iso: string): number => Date.parse(iso);
