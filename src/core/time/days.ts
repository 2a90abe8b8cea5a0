/**
 * Calendar days as integers (days since 1970-01-01), so that comparisons and windows are cheap
 * and no time zone ever shifts a date.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** True when (year, month, day) is a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(d: Day): YMD {
  const dt = new Date(d * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function yearOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCFullYear();
}

/** Last day of a month. */
export function endOfMonth(year: number, month: number): Day {
  return dayOf(year, month + 1, 1) - 1;
}

/** "2023-11-15" -> Day, or null when not a real ISO date. */
export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isRealDay(y, mo, d) ? dayOf(y, mo, d) : null;
}

export function isoOf(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** dd/mm/yyyy, the way Vietnamese documents write a date. */
export function viDateOf(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Excel date serial (1900 or 1904 system; fraction = time of day, dropped) -> Day. */
export function dayFromSerial(serial: number, date1904 = false): Day {
  const whole = Math.floor(serial);
  // 1900 system: serial 25569 is 1970-01-01; serials below 61 sit before Excel's phantom 29/02/1900.
  if (date1904) return whole - 24107;
  return whole < 61 ? whole - 25568 : whole - 25569;
}

export function serialFromDay(d: Day, date1904 = false): number {
  if (date1904) return d + 24107;
  const s = d + 25569;
  return s < 61 ? s - 1 : s;
}

/** Today as a Day in the local calendar of the machine that asks (the user's day). */
export function todayFrom(now: { getFullYear(): number; getMonth(): number; getDate(): number }): Day {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
