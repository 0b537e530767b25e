import { describe, expect, test } from 'vitest';
import { confirmCarried, editSection, isCarried, redraftSection, sectionText } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { findPrompts, promptsLine, promptsQuestion } from '../../shared/draft-prompts';
import { readReportText, writeReportText } from '../../shared/report-file';
import { startNextPeriod } from '../../shared/report-building';
import { setFigureNote } from '../../shared/figure-notes';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

const isCarriedForeseen = (report: Report) => isCarried(report, held(report, 'foreseen'));
const confirmCarriedForeseen = (report: Report) => confirmCarried(report, 'foreseen');

describe("last period's Foreseen text, carried into the next", () => {
  test('is marked as carried until edited or confirmed, and stays so through a save', () => {
    const next = startNextPeriod(seedReport());
    const carried = sectionText(seedReport(), 'foreseen');
    expect(carried.trim()).not.toBe('');
    expect(sectionText(next, 'foreseen')).toBe(carried);
    expect(isCarriedForeseen(next)).toBe(true);
    const read = readReportText(writeReportText(next));
    expect(read.ok && isCarriedForeseen(read.report)).toBe(true);

    const confirmed = confirmCarriedForeseen(next);
    expect(isCarriedForeseen(confirmed)).toBe(false);
    expect(held(confirmed, 'foreseen')).toMatchObject({ text: carried, edited: true });
    expect(confirmCarriedForeseen(confirmed)).toBe(confirmed);

    expect(isCarriedForeseen(editSection(next, 'foreseen', `${carried}\nAlso: a new probe.`))).toBe(false);
  });

  test('is not carried where there was nothing to carry, nor in a report with no last period', () => {
    expect(isCarriedForeseen(seedReport())).toBe(false);
    const seed = editSection(seedReport(), 'foreseen', '  ');
    expect(isCarriedForeseen(startNextPeriod(seed))).toBe(false);
  });

  test('back to the draft, it is carried again (the draft is last period\'s text)', () => {
    const next = confirmCarriedForeseen(startNextPeriod(seedReport()));
    expect(isCarriedForeseen(redraftSection(next, 'foreseen'))).toBe(true);
  });
});

describe("the export's check", () => {
  test('lists carried text with the prompts, in section order, and asks in words that fit', () => {
    const next = startNextPeriod(reportWithMisses());
    const withMisses = { ...next, metrics: reportWithMisses().metrics.map((metric) => ({ ...metric, notes: [] })) };
    const found = findPrompts(withMisses);
    expect(found.map(promptsLine)).toEqual([
      'Section 5, Measures planned, still has 2 prompts to complete',
      "Section 6, Foreseen activities and changes, still holds last period's text, not yet reviewed",
    ]);
    expect(found[1]!.first).toEqual({ start: 0, end: sectionText(next, 'foreseen').length });
    expect(promptsQuestion(found).title).toBe('Some text is still to finish');

    const carriedOnly = findPrompts(next);
    expect(carriedOnly.map((section) => section.kind)).toEqual(['carried']);
    expect(promptsQuestion(carriedOnly).title).toBe("Last period's text is not yet reviewed");
    expect(findPrompts(confirmCarriedForeseen(next))).toEqual([]);
  });

  test('a measure written in a note takes its prompt away', () => {
    const report = setFigureNote(reportWithMisses(), 'availability', 2, { happened: 'outage', measure: 'a second feed' });
    const found = findPrompts(report);
    expect(found.map(promptsLine)).toEqual(['Section 5, Measures planned, still has a prompt to complete']);
    expect(promptsQuestion(found).title).toBe('A prompt is still to complete');
  });
});
