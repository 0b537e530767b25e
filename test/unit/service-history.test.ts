import { describe, expect, test } from 'vitest';
import { buildServiceHistory } from '../../shared/history/service-history';
import { allMissRuns, describeRun, historyParagraph, periodRows, seriesPoints } from '../../shared/history/history-facts';
import { historyNotes, searchNotes } from '../../shared/history/history-notes';
import { effortTotals } from '../../shared/history/history-effort';
import { joinCandidates } from '../../shared/history/history-matching';
import type { HistoryFile } from '../../shared/history/history-periods';
import { readCsvRecords } from '../../shared/csv/csv-text';
import { historyCsv, HISTORY_CSV_COLUMNS } from '../../shared/history/history-csv';
import { readReportText, writeReportText } from '../../shared/report-file';
import { HISTORY_PLANS, historyReport } from '../support/history-files';
import { startNextPeriod } from '../../shared/report-building';
import { historyChart } from '../../shared/history/history-chart';

/** Each plan's report as main reads it: written as a file's text and read back through the shared reader. */
function files(plans = HISTORY_PLANS): HistoryFile[] {
  return plans.map((plan) => {
    const read = readReportText(writeReportText(historyReport(plan)));
    return { path: `/reports/${plan.file}`, name: plan.file, modified: plan.modified.toISOString(), read: read.ok ? { ok: true, report: read.report } : { ok: false, message: read.message } };
  });
}

const availabilityJoin = { kind: 'metric' as const, from: 'Service availability', to: 'Availability' };

describe('which reports make the history', () => {
  test('the periods are put in order, a missing semester is a gap, and the files that do not belong are named with why', () => {
    const history = buildServiceHistory(files().reverse());
    expect(history.service).toBe('EGI Operations Portal');
    expect(history.periods.map((period) => period.name)).toEqual([
      'January – June 2023',
      'July – December 2023',
      'January – June 2024',
      'January – June 2025',
      'July – December 2025',
      'January – June 2026',
    ]);
    expect(history.missing.map((gap) => gap.name)).toEqual(['July – December 2024']);
    expect(history.leftOut.map((file) => [file.name, file.reason])).toEqual([
      ['Another service 2025 S1.rdesk', 'other-service'],
      ['OLA 2025 S2 (first draft).rdesk', 'same-period'],
    ]);
    expect(history.leftOut[1]!.message).toBe('is a second file for July – December 2025; the newer one, “OLA 2025 S2.rdesk”, is kept');
    expect(history.timeline).toHaveLength(42);
    expect(history.timeline.filter((month) => month.period === null).map((month) => month.label)).toEqual(['Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Nov 2024', 'Dec 2024']);
  });

  test('an unreadable file, months that overlap, and a period that cannot be placed are left out with a sentence each', () => {
    const [first, second] = files();
    const overlapping = historyReport({ ...HISTORY_PLANS[1]!, start: '2023-04' });
    const numbered = historyReport(HISTORY_PLANS[2]!);
    numbered.meta.period = { start: null, months: 6, name: 'Second half' };
    const history = buildServiceHistory([
      first!,
      second!,
      { path: '/r/broken.rdesk', name: 'broken.rdesk', modified: '2024-01-01T00:00:00Z', read: { ok: false, message: 'The file is cut short or damaged.' } },
      { path: '/r/overlap.rdesk', name: 'overlap.rdesk', modified: '2024-01-01T00:00:00Z', read: { ok: true, report: overlapping } },
      { path: '/r/numbered.rdesk', name: 'numbered.rdesk', modified: '2024-01-01T00:00:00Z', read: { ok: true, report: numbered } },
    ]);
    expect(history.periods).toHaveLength(2);
    expect(history.leftOut.map((file) => `${file.name} ${file.message}`)).toEqual([
      'broken.rdesk could not be read: The file is cut short or damaged.',
      'overlap.rdesk covers April – September 2023, whose months overlap January – June 2023 of “OLA 2023 S1.rdesk”',
      'numbered.rdesk cannot be placed among the others: its months are only numbered (M1 … M6) and its period has no name that reads as months; give it a start month',
    ]);
  });

  test('the service asked for wins over the one most files are of', () => {
    const history = buildServiceHistory(files(), [], { service: 'EGI Check-in', agreement: 'Operations Portal OLA' });
    expect(history.periods.map((period) => period.file.name)).toEqual(['Another service 2025 S1.rdesk']);
  });
});

describe('metrics and people followed across the periods', () => {
  test('a metric renamed in a report made afresh stays apart until the person joins the names, then is one series', () => {
    const apart = buildServiceHistory(files());
    expect(apart.metrics.map((series) => series.name)).toEqual(['Availability', 'Reliability', 'Support priority vu', 'Service availability']);
    const old = apart.metrics[3]!;
    expect(joinCandidates(apart.metrics, old).map((series) => series.name)).toEqual(['Availability']);

    const joined = buildServiceHistory(files(), [availabilityJoin]);
    const availability = joined.metrics[0]!;
    expect(joined.metrics).toHaveLength(3);
    expect(availability.formerly).toEqual(['Service availability']);
    expect(availability.byPeriod.every((metric) => metric !== null)).toBe(true);
  });

  test('a metric renamed in a next period keeps its id, so it is followed without a join, as Compare with… follows it', () => {
    const first = historyReport(HISTORY_PLANS[0]!);
    const next = startNextPeriod(first);
    next.metrics[0]!.name = 'Portal availability';
    const read = (report: typeof first, name: string, modified: string): HistoryFile => ({ path: `/r/${name}`, name, modified, read: { ok: true, report } });
    const history = buildServiceHistory([read(first, 'a.rdesk', '2023-07-01T00:00:00Z'), read(next, 'b.rdesk', '2024-01-01T00:00:00Z')]);
    expect(history.metrics[0]!.name).toBe('Portal availability');
    expect(history.metrics[0]!.formerly).toEqual(['Service availability']);
  });

  test('names match with case, accents and spacing aside', () => {
    const plans = HISTORY_PLANS.slice(0, 2).map((plan, index) => ({ ...plan, people: [[index === 0 ? 'Élodie  Martin' : 'elodie martin', 4]] as [string, number][] }));
    const history = buildServiceHistory(files(plans));
    expect(history.people.map((person) => [person.name, person.formerly])).toEqual([['elodie martin', []]]);
  });
});

describe('what the history says', () => {
  const history = buildServiceHistory(files(), [availabilityJoin]);
  const availability = history.metrics[0]!;

  test('the target is the one of each period: 98 % in 2023 and 99 % after, so 98.8 % met then and would miss now', () => {
    const rows = periodRows(history, availability);
    expect(rows.map((row) => [row.periodName, row.target, row.average, `${row.monthsMet} of ${row.monthsWithValue}`, row.worst])).toEqual([
      ['January – June 2023', '≥ 98 %', '98.68 %', '5 of 6', 'Mar 2023: 97.50 %'],
      ['July – December 2023', '≥ 98 %', '99.22 %', '6 of 6', 'Sep 2023: 98.80 %'],
      ['January – June 2024', '≥ 99 %', '99.53 %', '6 of 6', 'May 2024: 99.20 %'],
      ['January – June 2025', '≥ 99 %', '98.98 %', '4 of 6', 'Jun 2025: 97.90 %'],
      ['July – December 2025', '≥ 99 %', '99.42 %', '5 of 6', 'Jul 2025: 98.70 %'],
      ['January – June 2026', '≥ 99 %', '99.65 %', '6 of 6', 'Mar 2026: 99.50 %'],
    ]);
    const points = seriesPoints(history, availability);
    expect(points.filter((point) => point.state === 'no-period')).toHaveLength(6);
  });

  test('misses in consecutive months are one run, across the periods they span', () => {
    expect(allMissRuns(history).map((run) => describeRun(run))).toEqual(['Availability below target in 3 consecutive months, May – July 2025, across two periods']);
  });

  test('the overview’s paragraph counts months met of months checked since the first', () => {
    expect(historyParagraph(history)).toBe(
      'Availability has met its target in 32 of 36 months since January 2023. Reliability has met its target in 36 of 36 months since January 2023. Support priority vu has met its target in 33 of 35 months since January 2023.',
    );
  });

  test('effort: each period’s total against its planned PM', () => {
    expect(effortTotals(history).map((total) => total.words)).toEqual(['10 PM of 10 planned', '10 PM of 10 planned', '13 PM of 12 planned', '14 PM of 12 planned', '14 PM of 14 planned', '14 PM of 14 planned']);
  });

  test('notes are listed by metric and period, and found by a search that ignores case and accents', () => {
    const notes = historyNotes(history);
    expect(notes.map((note) => `${note.metric} · ${note.periodName} · ${note.month}: ${note.figure}`)).toEqual([
      'Availability · January – June 2023 · Mar 2023: 97.50 %, below the 98 % target',
      'Availability · January – June 2025 · May 2025: 98.20 %, below the 99 % target',
      'Availability · January – June 2025 · Jun 2025: 97.90 %, below the 99 % target',
      'Availability · July – December 2025 · Jul 2025: 98.70 %, below the 99 % target',
    ]);
    expect(searchNotes(notes, 'MIGRATION').map((note) => note.month)).toEqual(['Jun 2025', 'Jul 2025']);
    expect(searchNotes(notes, 'expiry  ALERTS').map((note) => note.measure)).toEqual(['Expiry alerts added to monitoring']);
  });

  test('the CSV is long form, UTF-8 with a BOM, every figure at its precision, and reads back through the same library', () => {
    const text = historyCsv(history);
    expect(text.startsWith('\ufeffperiod,month,metric,group,key,value,unit,target,met,note\r\n')).toBe(true);
    const read = readCsvRecords(text, ',');
    if (!read.ok) throw new Error(read.message);
    const rows = read.records.filter((record) => record.cells.some((cell) => cell !== '')).map((record) => record.cells);
    expect(rows[0]).toEqual([...HISTORY_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 * 36);
    expect(rows.find((row) => row[1] === '2023-03' && row[2] === 'Availability')).toEqual([
      'January – June 2023', '2023-03', 'Availability', '', '', '97.5', '%', '98', 'no', 'Storage outage at the data centre. Measure: Second storage array ordered.',
    ]);
    expect(rows.find((row) => row[1] === '2024-03' && row[2] === 'Support priority vu')).toEqual(['January – June 2024', '2024-03', 'Support priority vu', 'Support priority', 'vu', '', 'working days', '1', '', '']);
  });
});

describe('the history’s charts', () => {
  test('over many years, a grid line where a labelled year starts, none for the other months, and the labels spaced so that they never meet', () => {
    // Ten years of semesters: 120 months, labelled by year.
    const plans = Array.from({ length: 20 }, (_, index) => ({
      ...HISTORY_PLANS[1]!,
      file: `OLA ${2016 + Math.floor(index / 2)} S${(index % 2) + 1}.rdesk`,
      start: `${2016 + Math.floor(index / 2)}-${index % 2 === 0 ? '01' : '07'}`,
      availabilityName: 'Availability',
      modified: new Date(2016 + Math.floor(index / 2), (index % 2) * 6 + 6, 5),
    }));
    const history = buildServiceHistory(files(plans));
    expect(history.timeline).toHaveLength(120);
    const x = historyChart(history, history.metrics[0]!).config.options?.scales?.x as { grid: { lineWidth: number[] } };
    const labels = historyChart(history, history.metrics[0]!).config.data.labels as string[];
    expect(labels.filter((label) => label !== '')).toEqual(Array.from({ length: 10 }, (_, year) => String(2016 + year)));
    expect(x.grid.lineWidth).toHaveLength(120);
    expect(x.grid.lineWidth.map((width, index) => (width === 0 ? '' : labels[index]))).toEqual(labels);

    // Three years or less are labelled month by month, each with its line.
    // Thirty years: every fifth labelled, and lined, so that the labels never run into each other.
    const thirtyYearPlans = Array.from({ length: 60 }, (_, index) => ({
      ...plans[0]!,
      file: `p${index}.rdesk`,
      start: `${1996 + Math.floor(index / 2)}-${index % 2 === 0 ? '01' : '07'}`,
      modified: new Date(1996 + Math.floor(index / 2), 6, 5),
    }));
    const thirtyYears = buildServiceHistory(files(thirtyYearPlans));
    const longChart = historyChart(thirtyYears, thirtyYears.metrics[0]!).config;
    expect((longChart.data.labels as string[]).filter((label) => label !== '')).toEqual(['1996', '2001', '2006', '2011', '2016', '2021']);
    expect((longChart.options?.scales?.x as { grid: { lineWidth: number[] } }).grid.lineWidth.filter((width) => width > 0)).toHaveLength(6);

    // Starting in November, the first label is the January after: "2019" beside "2020" would run together.
    const fromNovember = buildServiceHistory(files(thirtyYearPlans.slice(0, 8).map((plan, index) => ({ ...plan, start: `${2019 + Math.floor((index + 1) / 2)}-${index % 2 === 0 ? '11' : '05'}` }))));
    const novemberLabels = (historyChart(fromNovember, fromNovember.metrics[0]!).config.data.labels as string[]).filter((label) => label !== '');
    expect(novemberLabels[0]).toBe('2020');

    const short = buildServiceHistory(files(HISTORY_PLANS.slice(0, 2)));
    expect(short.timeline).toHaveLength(12);
    expect((historyChart(short, short.metrics[0]!).config.options?.scales?.x as { grid: { lineWidth?: unknown } }).grid.lineWidth).toBeUndefined();
  });
});
