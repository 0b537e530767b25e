// Months and dates as people, spreadsheets and ticket exports write them, read to a month (YYYY-MM).
import { MONTH_NAMES, formatMonthKey } from './periods';
import { nameInMessage } from './message-names';

const MONTH_NAMES_EN = MONTH_NAMES.map((name) => name.toLowerCase());
const MONTH_NAMES_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTH_NAMES_DE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
// Short forms as English and French spreadsheets write them (Jul, Sept, juil., févr.).
const SHORT_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janv: 1, fév: 2, févr: 2, fevr: 2, avr: 4, juil: 7, aoû: 8, aout: 8, déc: 12,
  mär: 3, mrz: 3, okt: 10, dez: 12,
};

/** The month number (1-12) of a month's name or its short form, English, French or German; null if none. */
export function monthOfName(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  const full = MONTH_NAMES_EN.indexOf(name) + 1 || MONTH_NAMES_FR.indexOf(name) + 1 || MONTH_NAMES_DE.indexOf(name) + 1;
  if (full > 0) return full;
  return SHORT_MONTHS[name] ?? null;
}

/** "July 2025": a month for a person to read. */
export function describeMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[number - 1] ?? ''} ${year}`;
}

function monthKey(year: number, month: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1900 || year > 2999) return null;
  return formatMonthKey(year, month);
}

function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day as written: ISO (2025-07-31, with a time or not), or two numbers and a year with / . or -. */
interface WrittenDay {
  year: number;
  /** Two numbers whose order (day first or month first) may be unknown: 03/07/2025. */
  first: number;
  second: number;
  /** True for ISO dates, whose order is never in doubt. */
  iso: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;

function writtenDay(text: string): WrittenDay | null {
  const iso = ISO_DAY.exec(text);
  if (iso !== null) return { year: Number(iso[1]), first: Number(iso[2]), second: Number(iso[3]), iso: true };
  const numeric = NUMERIC_DAY.exec(text);
  if (numeric !== null) return { year: Number(numeric[3]), first: Number(numeric[1]), second: Number(numeric[2]), iso: false };
  return null;
}

/** Whether a column's dates put the day first (31/07/2025) or the month first (07/31/2025). */
export type DayOrder = 'day-first' | 'month-first';

/**
 * The order a column's numeric dates are written in: a first number above 12 can only be a day,
 * a second above 12 only a day too. When no date tells, day first, as Europe writes them.
 * `conflict` is set when the column has both kinds.
 */
export function dayOrderOf(cells: readonly string[]): { order: DayOrder; decided: boolean; conflict: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const day = writtenDay(cell.trim());
    if (day === null || day.iso) continue;
    if (day.first > 12 && day.second <= 12) dayFirst = true;
    if (day.second > 12 && day.first <= 12) monthFirst = true;
  }
  return { order: monthFirst && !dayFirst ? 'month-first' : 'day-first', decided: dayFirst !== monthFirst, conflict: dayFirst && monthFirst };
}

/** The month of a date cell (2025-07-31, 31/07/2025, 2025-07-31T10:20:00Z), or null. */
export function monthOfDate(text: string, order: DayOrder): string | null {
  const day = writtenDay(text.trim());
  if (day === null) return null;
  const [month, dayOfMonth] = day.iso || order === 'month-first' ? [day.first, day.second] : [day.second, day.first];
  if (month < 1 || month > 12 || !validDay(day.year, month, dayOfMonth)) return null;
  return monthKey(day.year, month);
}

const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAME_YEAR = /^([\p{L}]+\.?)[\s-]+(\d{4}|\d{2})$/u;

/**
 * The month a cell names: 2025-07, 07/2025, Jul 2025, July 2025, juil. 2025, Jul-25 (as
 * Excel shows mmm-yy), or a date in it. Null when it names none.
 */
export function monthOfCell(text: string, order: DayOrder = 'day-first'): string | null {
  const cell = text.trim();
  const yearMonth = YEAR_MONTH.exec(cell);
  if (yearMonth !== null) return monthKey(Number(yearMonth[1]), Number(yearMonth[2]));
  const monthYear = MONTH_YEAR.exec(cell);
  if (monthYear !== null) return monthKey(Number(monthYear[2]), Number(monthYear[1]));
  const named = NAME_YEAR.exec(cell);
  if (named !== null) {
    const month = monthOfName(named[1]!);
    const yearText = named[2]!;
    // A two-digit year only in Excel's mmm-yy form ("Jul-25"); "Jul 25" could be a day.
    if (yearText.length === 2 && !cell.includes('-')) return null;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return month === null ? null : monthKey(year, month);
  }
  return monthOfDate(cell, order);
}

/** A month (YYYY-MM) as a count of months, so two months' difference is their distance. */
export function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return year * 12 + number - 1;
}

/** A month a person typed, or what to tell them: "07/2025", "2025-07", "July 2025", "Jul 2025" and "juillet 2025" all read as 2025-07. */
export type MonthInput = { ok: true; month: string | null } | { ok: false; message: string };

export const MONTH_INPUT_EXAMPLES = '07/2025, 2025-07 or July 2025';

/** Reads a month typed in a field; empty is no month (null), anything else that names no month is explained. */
export function readMonthInput(text: string): MonthInput {
  const typed = text.trim();
  if (typed === '') return { ok: true, month: null };
  // A whole date names its month too, but a person typing a month means a month: keep to month forms.
  const month = YEAR_MONTH.test(typed) || MONTH_YEAR.test(typed) || NAME_YEAR.test(typed) ? monthOfCell(typed) : null;
  if (month !== null) return { ok: true, month };
  return { ok: false, message: `'${nameInMessage(typed)}' is not a month Report Desk can read: write it as ${MONTH_INPUT_EXAMPLES}.` };
}
