// Which reports make a service's history, in period order: each report placed on the calendar
// by its start month (or the months its period's name reads as), and the ones that do not belong
// named with the reason, before anything is read in.
import type { Report } from '../report-schema';
import { ENGLISH_WORDS, type DocumentWords } from '../i18n/document-words';
import { describePeriod, formatMonthKey } from '../periods';
import { startOfPeriodName } from '../period-choice';
import { comparable } from '../report-building';

/** What the history reads of a report: no section texts, no export options (their shape is the report's own business). */
export type HistoryReport = Pick<Report, 'meta' | 'metrics' | 'effort' | 'previous'>;

/** A report file as main read it for the history: its report, or why it could not be read. */
export interface HistoryFile {
  path: string;
  /** The file's name, as lists show it. */
  name: string;
  /** When the file last changed (ISO 8601): of two files for one period, the newer is kept. */
  modified: string;
  read: { ok: true; report: HistoryReport } | { ok: false; message: string };
}

export interface PlacedPeriod {
  file: HistoryFile;
  report: HistoryReport;
  /** The period's first month as a count of months (year × 12 + month − 1), to order and compare. */
  first: number;
  months: number;
  /** "January – June 2025", as the report names it or its months read. */
  name: string;
}

export type LeftOutReason = 'unreadable' | 'other-service' | 'same-period' | 'overlap' | 'unplaced';

export interface LeftOutFile {
  path: string;
  name: string;
  reason: LeftOutReason;
  /** Why, in a sentence that names what it clashed with. */
  message: string;
}

/** Months of the timeline with no report: "July – December 2024". */
export interface MissingPeriod {
  first: number;
  months: number;
  name: string;
}

export interface HistoryService {
  service: string;
  agreement: string;
}

export interface HistoryPeriods extends HistoryService {
  periods: PlacedPeriod[];
  missing: MissingPeriod[];
  leftOut: LeftOutFile[];
}

export function monthKeyOf(month: number): string {
  return formatMonthKey(Math.floor(month / 12), (month % 12) + 1);
}

function monthNumber(key: string): number {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
}

/** A span of months by its months' names: "July – December 2024", "March 2025" ("juillet – décembre 2024" in French words). */
export function describeMonths(first: number, months: number, words: DocumentWords = ENGLISH_WORDS): string {
  return describePeriod({ period: { start: monthKeyOf(first), months, name: null } }, words);
}

/** A month of the timeline by its key ("2025-03"), short, in the words given: "Mar 2025", "mars 2025". */
export function shortMonthOf(key: string, words: DocumentWords): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return words.shortMonth(year, month);
}

/** The first month of the report's period: its start, else the months its name reads as; null when it has neither. */
function firstMonth(report: HistoryReport): number | null {
  const { start, months, name } = report.meta.period;
  if (start !== null) return monthNumber(start);
  const named = name === null ? null : startOfPeriodName(name, months);
  return named === null ? null : monthNumber(named);
}

function serviceKey(service: HistoryService): string {
  return `${comparable(service.service)}\u0000${comparable(service.agreement)}`;
}

function serviceWords(service: HistoryService): string {
  const parts = [service.service.trim(), service.agreement.trim()].filter((part) => part !== '');
  return parts.length === 0 ? 'no service named' : parts.map((part) => `“${part}”`).join(' under ');
}

type Readable = HistoryFile & { read: { ok: true; report: HistoryReport } };

/**
 * The service the history is of: the one asked for (the open report's), else the one most of
 * the readable files are of, the newest file's where two are as common.
 */
function chooseService(readable: readonly Readable[], wanted: HistoryService | null): HistoryService | null {
  if (wanted !== null) return wanted;
  const counts = new Map<string, { service: HistoryService; count: number; newest: string }>();
  for (const file of readable) {
    const { service, agreement } = file.read.report.meta;
    const key = serviceKey({ service, agreement });
    const known = counts.get(key);
    if (known === undefined) counts.set(key, { service: { service, agreement }, count: 1, newest: file.modified });
    else counts.set(key, { ...known, count: known.count + 1, newest: known.newest > file.modified ? known.newest : file.modified });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.newest.localeCompare(a.newest));
  return ranked[0]?.service ?? null;
}

/**
 * The reports in period order, with what left each other file out: unreadable, another service
 * or agreement, a second file for a period (the newer kept), months that overlap a period kept,
 * or a period that cannot be placed (months only numbered, and a name that is not months).
 */
export function placePeriods(files: readonly HistoryFile[], wanted: HistoryService | null = null): HistoryPeriods {
  const leftOut: LeftOutFile[] = [];
  const leave = (file: HistoryFile, reason: LeftOutReason, message: string) => leftOut.push({ path: file.path, name: file.name, reason, message });
  const readable: Readable[] = [];
  for (const file of files) {
    if (file.read.ok) readable.push(file as Readable);
    else leave(file, 'unreadable', `could not be read: ${file.read.message}`);
  }
  const service = chooseService(readable, wanted) ?? { service: '', agreement: '' };
  const candidates: PlacedPeriod[] = [];
  for (const file of readable) {
    const { report } = file.read;
    if (serviceKey(report.meta) !== serviceKey(service)) {
      leave(file, 'other-service', `is a report of ${serviceWords(report.meta)}, not of ${serviceWords(service)}`);
      continue;
    }
    const first = firstMonth(report);
    if (first === null) {
      leave(file, 'unplaced', `cannot be placed among the others: its months are only numbered (M1 … M${report.meta.period.months}) and its period has no name that reads as months; give it a start month`);
      continue;
    }
    candidates.push({ file, report, first, months: report.meta.period.months, name: describePeriod(report.meta) });
  }
  // Earlier periods first; of two files for one period, the newer first, so it is the one kept.
  candidates.sort((a, b) => a.first - b.first || a.months - b.months || b.file.modified.localeCompare(a.file.modified));
  const periods: PlacedPeriod[] = [];
  for (const candidate of candidates) {
    const same = periods.find((kept) => kept.first === candidate.first && kept.months === candidate.months);
    if (same !== undefined) {
      leave(candidate.file, 'same-period', `is a second file for ${same.name}; the newer one, “${same.file.name}”, is kept`);
      continue;
    }
    const overlapped = periods.find((kept) => candidate.first < kept.first + kept.months && kept.first < candidate.first + candidate.months);
    if (overlapped !== undefined) {
      leave(candidate.file, 'overlap', `covers ${candidate.name}, whose months overlap ${overlapped.name} of “${overlapped.file.name}”`);
      continue;
    }
    periods.push(candidate);
  }
  const missing: MissingPeriod[] = [];
  periods.forEach((period, index) => {
    const next = periods[index + 1];
    const end = period.first + period.months;
    if (next !== undefined && next.first > end) missing.push({ first: end, months: next.first - end, name: describeMonths(end, next.first - end) });
  });
  const order = new Map(files.map((file, index) => [file.path, index]));
  leftOut.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { ...service, periods, missing, leftOut };
}
