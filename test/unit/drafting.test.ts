import { describe, expect, test } from 'vitest';
import { MEASURE_PROMPT, NO_PROBLEMS, NOTHING_TO_REPORT, draftEffort, draftIssues, draftMeasures, draftOverview, draftPerformance, draftKind, effortLines, findDraftPrompts, summaryLine } from '../../shared/drafting';
import { documentSectionText, editSection, emptySectionSentence, redraftSection, refreshDrafts, sectionText } from '../../shared/section-text';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import type { Report } from '../../shared/report-schema';
import { createReport } from '../../shared/report-building';
import { findMisses } from '../../shared/targets';
import { held } from '../support/sections';

describe('drafts of the seed example', () => {
  const seed = seedReport();

  test('the effort sentence is the seed\'s', () => {
    expect(draftEffort(seed)).toBe('The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:');
  });

  test('with no figure entered yet, the overview draft claims nothing', () => {
    const empty = { ...seed, metrics: seed.metrics.map((metric) => ({ ...metric, values: metric.values.map(() => null) })) };
    expect(draftOverview(empty)).toBe('');
    expect(draftOverview({ ...seed, metrics: [] })).toBe('');
  });

  test('one effort line a person', () => {
    expect(effortLines(seed)).toEqual(['Cyril Flieller: 4 PM', 'Cyril L’Orphelin: 2 PM', 'Pierre Frebault: 6 PM']);
  });

  test('with every target met, the overview draft says no problems and issues and measures say N.A', () => {
    expect(draftOverview(seed)).toBe('No problems encountered during the period.');
    expect(NO_PROBLEMS).toBe('No problems encountered during the period.');
    expect(draftIssues(seed)).toBe('N.A');
    expect(draftMeasures(seed)).toBe(NOTHING_TO_REPORT);
  });

  test('the performance summary counts months met and averages the period', () => {
    expect(summaryLine(seed, 0)).toBe('Availability: target met in 6 of 6 months, period average 99.76 %');
    expect(summaryLine(seed, 3)).toBe('Support priority vu: no target, period average 0.87 working days');
  });

  test('a metric with no figures all period says so as a finished report would; no metrics, no table introduction', () => {
    const quiet = { ...seed, metrics: seed.metrics.map((metric, index) => (index === 3 ? { ...metric, values: metric.values.map(() => null) } : metric)) };
    expect(summaryLine(quiet, 3)).toBe('Support priority vu: no values in the period');
    expect(draftPerformance({ ...seed, metrics: [] })).toBe('');
    expect(draftPerformance(seed)).toMatch(/\nThe following table shows performance against targets:$/);
  });

  test('planned effort, when the agreement sets it, is part of the sentence', () => {
    const report = { ...seed, effort: { ...seed.effort, plannedPm: 10 } };
    expect(draftEffort(report)).toBe('The global effort for CNRS is 12 PM for the last 6 months against 10 PM planned and is distributed over 3 persons:');
  });
});

describe('drafts of a report with misses', () => {
  const report = reportWithMisses();

  test('issues list each miss with its value and target', () => {
    expect(draftIssues(report).split('\n')).toEqual([
      'M2: Support priority vu 2.8 working days against a target of 1 working day',
      'M3: Availability 97.20 % against a target of 99 %',
    ]);
  });

  test('the overview names the months and metrics that missed', () => {
    expect(draftOverview(report)).toBe(
      'Service targets were missed in M2 (Support priority vu) and M3 (Availability). The issues and the measures planned are described in sections 4 and 5.',
    );
  });

  test('the overview names the issues and measures sections as the report numbers them, or by their titles, or not at all', () => {
    const missed = 'Service targets were missed in M2 (Support priority vu) and M3 (Availability).';
    const moved = { ...report, sections: [report.sections[5]!, ...report.sections.slice(0, 5)] };
    expect(draftOverview(moved)).toBe(`${missed} The issues and the measures planned are described in sections 5 and 6.`);
    const unnumbered = { ...report, meta: { ...report.meta, numberSections: false } };
    expect(draftOverview(unnumbered)).toBe(`${missed} The issues and the measures planned are described under “Issues arising in the period” and “Measures planned”.`);
    const issuesOnly = { ...report, sections: report.sections.filter((section) => section.kind !== 'measures') };
    expect(draftOverview(issuesOnly)).toBe(`${missed} The issues are described in section 4.`);
    expect(draftOverview({ ...report, sections: report.sections.filter((section) => section.kind !== 'measures' && section.kind !== 'issues') })).toBe(missed);
  });

  test('measures prompt for one measure a miss', () => {
    expect(draftMeasures(report).split('\n')).toEqual([
      'M2 Support priority vu: [describe the measure planned]',
      'M3 Availability: [describe the measure planned]',
    ]);
  });
});

describe('the app drafts, the person decides', () => {
  test('an untouched section follows the data', () => {
    const report = refreshDrafts(seedReport());
    expect(held(report, 'issues')).toMatchObject({ text: 'N.A', edited: false });
    const changed = refreshDrafts({ ...reportWithMisses(), sections: report.sections });
    expect(held(changed, 'issues').text).toContain('M3: Availability 97.20 % against a target of 99 %');
    expect(sectionText(changed, 'issues')).toBe(held(changed, 'issues').text);
  });

  test('an edited section is never redrafted when a figure changes', () => {
    const edited = editSection(seedReport(), 'issues', 'Our own account of the period.');
    const withMisses = { ...reportWithMisses(), sections: edited.sections };
    const refreshed = refreshDrafts(withMisses);
    expect(held(refreshed, 'issues')).toMatchObject({ text: 'Our own account of the period.', edited: true });
    expect(sectionText(refreshed, 'issues')).toBe('Our own account of the period.');
  });

  test('redraft from data replaces the person\'s text with the draft and follows the data again', () => {
    const edited = { ...reportWithMisses(), sections: editSection(seedReport(), 'issues', 'Ours.').sections };
    const redrafted = redraftSection(edited, 'issues');
    expect(held(redrafted, 'issues')).toMatchObject({ text: draftKind(edited, 'issues'), edited: false });
    expect(held(redrafted, 'issues').text).toContain('M2: Support priority vu 2.8 working days');
    // The edit was not lost from the history the caller keeps: the input is untouched.
    expect(held(edited, 'issues')).toMatchObject({ text: 'Ours.', edited: true });
  });

  test('refreshing an up-to-date report returns the very same object (nothing to save)', () => {
    const report = refreshDrafts(seedReport());
    expect(refreshDrafts(report)).toBe(report);
  });
});

describe('prompts the drafts leave', () => {
  test('are found where the measures draft wrote them, and a person\'s own brackets are not', () => {
    const text = `M3 Availability: ${MEASURE_PROMPT}\nM4 Reliability: new probe [1], see [Smith 2020].\nM5 Availability: ${MEASURE_PROMPT}`;
    const places = findDraftPrompts(text);
    expect(places).toHaveLength(2);
    for (const { start, end } of places) expect(text.slice(start, end)).toBe(MEASURE_PROMPT);
    expect(findDraftPrompts(draftMeasures(reportWithMisses()))).toHaveLength(findMisses(reportWithMisses()).length);
  });
});

test('the summary line counts one month as "1 month"', () => {
  const report = reportWithMisses();
  const index = report.metrics.findIndex((metric) => metric.key === 'vu');
  report.metrics[index]!.values = report.metrics[index]!.values.map((_, month) => (month === 1 ? 2.8 : null));
  expect(summaryLine(report, index)).toBe('Support priority vu: target met in 0 of 1 month, period average 2.80 working days');
});

describe('drafts of a long period with many misses', () => {
  /** 36 months; Availability misses every third month, Support priority vu every fourth. */
  function manyMisses(): Report {
    const report = createReport({ months: 36 });
    for (const metric of report.metrics) {
      metric.values = metric.values.map((_, month) => {
        if (metric.name === 'Availability') return month % 3 === 0 ? 97.5 : 99.5;
        if (metric.key === 'vu') return month % 4 === 1 ? 2 : 0.5;
        return metric.unit === '%' ? 99.9 : 1;
      });
    }
    return report;
  }

  test('issues give a line per metric that missed, in table order, with each miss\'s figure and month', () => {
    const lines = draftIssues(manyMisses()).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Availability against a target of 99 %: 97\.50 % in M1, 97\.50 % in M4, .* and 97\.50 % in M34$/);
    expect(lines[1]).toMatch(/^Support priority vu against a target of 1 working day: 2 working days in M2, .* and 2 working days in M34$/);
  });

  test('measures leave one prompt per metric, naming its months', () => {
    const lines = draftMeasures(manyMisses()).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Availability \(M1, M4, .* and M34\): \[describe the measure planned\]$/);
    expect(findDraftPrompts(lines.join('\n'))).toHaveLength(2);
  });

  test('the overview counts the months, and names the metrics while they are few', () => {
    expect(draftOverview(manyMisses())).toBe(
      'Service targets were missed in 18 of the 36 months (Availability in 12 months and Support priority vu in 9 months). The issues and the measures planned are described in sections 4 and 5.',
    );
    const crowded = manyMisses();
    crowded.metrics = Array.from({ length: 20 }, (_, index) => ({ ...crowded.metrics[0]!, id: `m${index}`, name: `Service ${index + 1}` }));
    expect(draftOverview(crowded)).toBe('Service targets were missed in 12 of the 36 months, by 20 of the 20 metrics. The issues and the measures planned are described in sections 4 and 5.');
  });

  test('with many metrics, the performance summary lists those that missed and counts the rest', () => {
    const report = createReport({ months: 6 });
    report.metrics = Array.from({ length: 20 }, (_, index) => ({ ...report.metrics[0]!, id: `m${index}`, name: `Service ${index + 1}`, values: [99.5, 99.5, index < 2 ? 98 : 99.5, 99.5, 99.5, 99.5] }));
    expect(draftPerformance(report).split('\n')).toEqual([
      'Service 1: target met in 5 of 6 months, period average 99.25 %',
      'Service 2: target met in 5 of 6 months, period average 99.25 %',
      'The other 18 metrics: target met in every month with a value',
      'The following table shows performance against targets:',
    ]);
  });
});

describe('the document\'s text of a section', () => {
  test('is the section\'s text, or a sentence where the section would stand empty', () => {
    const empty = { ...createReport({ months: 6 }), metrics: [] };
    expect(documentSectionText(empty, held(empty, 'overview'))).toBe(emptySectionSentence('overview', 'en-GB'));
    expect(documentSectionText(empty, held(empty, 'performance'))).toBe(emptySectionSentence('performance', 'en-GB'));
    expect(documentSectionText(empty, held(empty, 'issues'))).toBe('N.A');
    // A table follows, or people are listed: the section has its content.
    const noIntro = editSection(seedReport(), 'performance', '');
    expect(documentSectionText(noIntro, held(noIntro, 'performance'))).toBe('');
    expect(documentSectionText(seedReport(), held(seedReport(), 'foreseen'))).toBe(sectionText(seedReport(), 'foreseen'));
  });
});
