import { describe, expect, test } from 'vitest';
import { MEASURE_PROMPT, NOTHING_TO_REPORT, draftIssues, draftMeasures, findDraftPrompts } from '../../shared/drafting';
import { refreshDrafts } from '../../shared/section-text';
import { figureNote, removeFigureNote, setFigureNote } from '../../shared/figure-notes';
import { describeNotedFigure, figureView, noteLines } from '../../shared/figure-text';
import { readReportText, writeReportText } from '../../shared/report-file';
import { createReport } from '../../shared/report-building';
import type { Report } from '../../shared/report-schema';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

const OUTAGE = { happened: 'storage outage at the data centre on 12 March', measure: 'second storage controller, in service by June' };

function availability(report: Report) {
  return report.metrics.find((metric) => metric.id === 'availability')!;
}

describe('a note on a monthly figure', () => {
  test('is set, replaced and removed; notes stay one a month in month order; the input is untouched', () => {
    const report = reportWithMisses();
    const noted = setFigureNote(setFigureNote(report, 'availability', 4, { happened: 'probe moved', measure: '' }), 'availability', 2, OUTAGE);
    expect(availability(noted).notes.map((note) => note.month)).toEqual([2, 4]);
    expect(figureNote(availability(noted), 2)).toEqual({ month: 2, ...OUTAGE });
    expect(availability(report).notes).toEqual([]);
    const replaced = setFigureNote(noted, 'availability', 2, { happened: '  cooling failure \n', measure: '' });
    expect(figureNote(availability(replaced), 2)).toEqual({ month: 2, happened: 'cooling failure', measure: '' });
    expect(availability(removeFigureNote(replaced, 'availability', 2)).notes.map((note) => note.month)).toEqual([4]);
    // Emptied is removed; the same text again changes nothing, so no undo step is made of it.
    expect(availability(setFigureNote(replaced, 'availability', 4, { happened: ' ', measure: '' })).notes.map((note) => note.month)).toEqual([2]);
    expect(setFigureNote(noted, 'availability', 2, OUTAGE)).toBe(noted);
  });

  test('is saved and read back through the file format', () => {
    const noted = setFigureNote(reportWithMisses(), 'availability', 2, OUTAGE);
    const read = readReportText(writeReportText(noted));
    expect(read.ok && figureNote(availability(read.report), 2)).toEqual({ month: 2, ...OUTAGE });
  });

  test('the cell says it has one, and its words on hover; the footnote says the figure and both texts', () => {
    const noted = setFigureNote(reportWithMisses(), 'availability', 2, OUTAGE);
    const view = figureView(noted.meta, availability(noted), 2);
    expect(view.accessibleName).toBe('Availability M3: 97.20 %, below the 99 % target, with a note');
    expect(noteLines(view.note!)).toEqual([`What happened: ${OUTAGE.happened}`, `Measure planned: ${OUTAGE.measure}`]);
    expect(figureView(noted.meta, availability(noted), 1).note).toBeNull();
    expect(describeNotedFigure(noted.meta, availability(noted), view.note!)).toBe(
      'Availability M3, 97.20 %: storage outage at the data centre on 12 March. Measure planned: second storage controller, in service by June.',
    );
  });
});

describe('Issues and Measures drafted from the notes', () => {
  test('a noted miss says what happened and what is planned; only a miss without a measure keeps a prompt', () => {
    const report = setFigureNote(reportWithMisses(), 'availability', 2, OUTAGE);
    expect(draftIssues(report).split('\n')).toEqual([
      'M2: Support priority vu 2.8 working days against a target of 1 working day',
      'M3: Availability 97.20 % against a target of 99 %: storage outage at the data centre on 12 March',
    ]);
    expect(draftMeasures(report).split('\n')).toEqual([`M2 Support priority vu: ${MEASURE_PROMPT}`, 'M3 Availability: second storage controller, in service by June']);
    expect(findDraftPrompts(draftMeasures(report))).toHaveLength(1);
  });

  test('a note with what happened and no measure still leaves the prompt; a note on a figure that met its target is carried too', () => {
    let report = setFigureNote(reportWithMisses(), 'availability', 2, { happened: 'storage outage', measure: '' });
    report = setFigureNote(report, 'availability', 4, { happened: 'planned maintenance, announced a month ahead', measure: 'maintenance moved to weekends' });
    expect(draftIssues(report).split('\n')).toEqual([
      'M2: Support priority vu 2.8 working days against a target of 1 working day',
      'M3: Availability 97.20 % against a target of 99 %: storage outage',
      'M5: Availability 99.41 %: planned maintenance, announced a month ahead',
    ]);
    expect(draftMeasures(report).split('\n')).toEqual([
      `M2 Support priority vu: ${MEASURE_PROMPT}`,
      `M3 Availability: ${MEASURE_PROMPT}`,
      'M5 Availability: maintenance moved to weekends',
    ]);
  });

  test('with no miss, notes still make the drafts; without notes it is N.A', () => {
    const seed = seedReport();
    expect(draftIssues(seed)).toBe(NOTHING_TO_REPORT);
    const noted = setFigureNote(seed, 'reliability', 0, { happened: 'new monitoring probe from this month', measure: '' });
    expect(draftIssues(noted)).toMatch(/^M1: Reliability \d+\.\d+ %: new monitoring probe from this month$/);
    expect(draftMeasures(noted)).toBe(NOTHING_TO_REPORT);
  });

  test('the drafts follow a note as it is written, undone or removed', () => {
    const report = refreshDrafts(reportWithMisses());
    const noted = refreshDrafts(setFigureNote(report, 'availability', 2, OUTAGE));
    expect(held(noted, 'issues').text).toContain(OUTAGE.happened);
    expect(held(refreshDrafts(removeFigureNote(noted, 'availability', 2)), 'issues').text).toBe(held(report, 'issues').text);
  });

  test('many misses: a metric line, then what its notes say; measures per noted month, one prompt for the rest', () => {
    const report = createReport({ months: 14 });
    for (const metric of report.metrics) metric.values = metric.values.map((_, month) => (metric.name === 'Availability' && month % 2 === 0 ? 97.5 : metric.unit === '%' ? 99.9 : 1));
    const noted = setFigureNote(report, report.metrics[0]!.id, 2, { happened: 'power cut.', measure: 'a second feed' });
    const issues = draftIssues(noted).split('\n');
    expect(issues).toEqual(['Availability against a target of 99 %: 97.50 % in M1, 97.50 % in M3, 97.50 % in M5, 97.50 % in M7, 97.50 % in M9, 97.50 % in M11 and 97.50 % in M13. M3: power cut.']);
    expect(draftMeasures(noted).split('\n')).toEqual(['Availability (M3): a second feed', `Availability (M1, M5, M7, M9, M11 and M13): ${MEASURE_PROMPT}`]);
  });

  test('a note on a month with no value says so', () => {
    const report = seedReport();
    report.metrics[1]!.values[3] = null;
    const noted = setFigureNote(report, report.metrics[1]!.id, 3, { happened: 'monitoring down all month', measure: '' });
    expect(draftIssues(noted)).toBe('M4: Reliability, no value: monitoring down all month');
  });
});
