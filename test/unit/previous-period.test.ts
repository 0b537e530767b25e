import { describe, expect, test } from 'vitest';
import { comparisonWith, createReport, startNextPeriod, unmatchedInPrevious, withComparison } from '../../shared/report-building';
import { editSection, isCarried, sectionText } from '../../shared/section-text';
import { held } from '../support/sections';
import { copyPreviousPm, peopleWithPreviousPm, previousPeriodName, previousPm, unmatchedSentence } from '../../shared/previous-period';
import { draftOverview, NO_PROBLEMS } from '../../shared/drafting';
import { draftTrend } from '../../shared/period-trend';
import { previousAverageView } from '../../shared/figure-text';
import type { Report } from '../../shared/report-schema';
import { reportWithMisses, seedReport } from '../fixtures/seed';

const metric = (report: Report, id: string) => report.metrics.find((entry) => entry.id === id)!;

/** The seed's next period, named, with this period's Availability and Reliability entered. */
function nextWithFigures(availability: number[], reliability: number[]): Report {
  const next = startNextPeriod(seedReport(), { start: null, name: 'July – December 2025' });
  metric(next, 'availability').values = availability;
  metric(next, 'reliability').values = reliability;
  return next;
}

describe('the overview states the trend against the previous period', () => {
  test('“Availability averaged 99.60 %, against 99.76 % in the previous period”, each metric followed in both', () => {
    const next = nextWithFigures([99.6, 99.6, 99.6, 99.6, 99.6, 99.6], [99.9, 99.9, 99.9, 99.9, 99.9, 99.9]);
    expect(draftTrend(next)).toBe('Availability averaged 99.60 %, against 99.76 % in the previous period; Reliability 99.90 %, against 99.93 %.');
    expect(draftOverview(next)).toBe(`${NO_PROBLEMS} ${draftTrend(next)}`);
  });

  test('a metric with no figure in either period is left out, and none at all states no trend', () => {
    const next = nextWithFigures([99.6, null, null, null, null, null] as number[], Array(6).fill(null) as number[]);
    expect(draftTrend(next)).toBe('Availability averaged 99.60 %, against 99.76 % in the previous period.');
    expect(draftTrend(startNextPeriod(seedReport()))).toBe('');
    expect(draftTrend(seedReport())).toBe('');
  });

  test('past four metrics the sentence counts better and worse, by each metric’s direction', () => {
    const report = createReport({ months: 2 });
    // Six metrics last period: Availability, Reliability 99; lu 4, u 4, vu 1, tp 1.
    const last = structuredClone(report);
    for (const entry of last.metrics) entry.values = entry.unit === '%' ? [99, 99] : [entry.key === 'lu' || entry.key === 'u' ? 4 : 1, entry.key === 'lu' || entry.key === 'u' ? 4 : 1];
    const next = startNextPeriod(last);
    const set = (key: string, values: number[]) => (next.metrics.find((entry) => (entry.key ?? entry.name) === key)!.values = values);
    set('Availability', [99.5, 99.5]); // higher is better: better
    set('Reliability', [98, 98]); // worse
    set('lu', [3, 3]); // lower is better: better
    set('u', [4, 4]); // the same
    set('vu', [2, 2]); // worse
    set('tp', [0.5, 0.5]); // better
    expect(draftTrend(next)).toBe('Of the 6 metrics with an average in both periods, 3 averaged better than in the previous period, 2 worse and 1 the same.');
  });
});

describe('the previous period’s average beside this one', () => {
  test('the grid’s column shows the figure, and in words how that period went', () => {
    const next = startNextPeriod(reportWithMisses(), { start: null, name: 'July – December 2025' });
    const view = previousAverageView(metric(next, 'availability'), next.previous);
    // (99.94 + 99.37 + 97.2 + 99.98 + 99.41 + 99.93) / 6, to two places.
    expect(view.text).toBe('99.30');
    expect(view.detail).toBe('Average 99.30 %, target met in 5 of 6 months, worst M3 97.20 %');
    expect(view.accessibleName).toBe('Availability previous period: average 99.30 %, target met in 5 of 6 months, worst M3 97.20 %');
  });

  test('a previous period with a name is named; one of numbered months only is "the previous period", not "6 months"', () => {
    const numbered = startNextPeriod(reportWithMisses(), { start: null, name: 'July – December 2025' });
    expect(numbered.previous?.name).toBe('');
    const named = reportWithMisses();
    named.meta.period = { ...named.meta.period, name: 'January – June 2025' };
    const next = startNextPeriod(named, { start: null, name: 'July – December 2025' });
    const view = previousAverageView(metric(next, 'availability'), next.previous);
    expect(view.detail).toBe('January – June 2025: average 99.30 %, target met in 5 of 6 months, worst M3 97.20 %');
    expect(view.accessibleName).toBe('Availability previous period, January – June 2025: average 99.30 %, target met in 5 of 6 months, worst M3 97.20 %');
  });

  test('a metric the previous period did not follow, or had no value for, shows a dash and says so', () => {
    const next = startNextPeriod(seedReport());
    const added = { ...metric(next, 'availability'), id: 'new-metric', name: 'Uptime' };
    expect(previousAverageView(added, next.previous)).toMatchObject({ text: '—', accessibleName: 'Uptime previous period: not followed then' });
    next.previous!.metrics[0]!.average = null;
    expect(previousAverageView(metric(next, 'availability'), next.previous)).toMatchObject({ text: '—', accessibleName: 'Availability previous period: no values' });
  });
});

describe('last period’s PM beside each person', () => {
  test('Copy last period’s PM gives each person who was there their PM, and leaves a newcomer’s', () => {
    const next = startNextPeriod(seedReport());
    next.effort.people.push({ id: 'person-new', name: 'New Colleague', pm: 1.5 });
    expect(next.effort.people.map((person) => previousPm(next, person))).toEqual([4, 2, 6, null]);
    expect(peopleWithPreviousPm(next)).toBe(3);
    const copied = copyPreviousPm(next);
    expect(copied.effort.people.map((person) => person.pm)).toEqual([4, 2, 6, 1.5]);
    expect(peopleWithPreviousPm(copied)).toBe(0);
    // The report copied from is untouched.
    expect(next.effort.people.map((person) => person.pm)).toEqual([0, 0, 0, 1.5]);
  });
});

describe('Compare with… an earlier report', () => {
  test('a report started from that file matches by id', () => {
    const earlier = seedReport();
    const next = startNextPeriod(earlier);
    expect(comparisonWith({ ...next, previous: null }, earlier)).toEqual(next.previous);
  });

  test('a report made apart from it matches metrics by label and people by name, whatever their ids', () => {
    const earlier = seedReport();
    const now = createReport({ months: 6 });
    now.effort.people = [{ id: 'p-a', name: 'pierre frebault', pm: 0 }];
    const previous = comparisonWith(now, earlier);
    const availability = now.metrics.find((entry) => entry.name === 'Availability')!;
    const lu = now.metrics.find((entry) => entry.key === 'lu')!;
    expect(previous.metrics.find((entry) => entry.id === availability.id)?.average).toBeCloseTo(99.758, 3);
    expect(previous.metrics.find((entry) => entry.id === lu.id)?.label).toBe('Support priority lu');
    expect(previous.people.find((entry) => entry.id === 'p-a')?.pm).toBe(6);
    // The others keep their own ids and match no one here.
    expect(previous.people.map((entry) => entry.id)).toEqual(['person-1', 'person-2', 'p-a']);
    expect(previous.name).toBe('');
  });

  test('names match whatever their accents, case and spacing; what matches nothing here is named', () => {
    const earlier = seedReport();
    earlier.effort.people[2] = { ...earlier.effort.people[2]!, name: 'Pierre  Frébault' };
    const now = createReport({ months: 6 });
    now.effort.people = [{ id: 'p-a', name: 'pierre frebault', pm: 0 }];
    now.metrics = now.metrics.filter((metric) => metric.name !== 'Reliability');
    const compared = { ...now, previous: comparisonWith(now, earlier) };
    expect(compared.previous.people.find((entry) => entry.id === 'p-a')?.pm).toBe(6);
    const unmatched = unmatchedInPrevious(compared);
    expect(unmatched.metrics).toEqual(['Reliability']);
    expect(unmatched.people).toEqual(earlier.effort.people.slice(0, 2).map((person) => person.name));
    expect(unmatchedInPrevious({ ...now, previous: null })).toEqual({ metrics: [], people: [] });
  });

  test('an id is trusted with its own name, or where no name matches; an unrelated report using the same ids is not read as this one', () => {
    const earlier = seedReport();
    const [first, second] = earlier.effort.people;
    // Started from that report, then one person renamed: still them, by id.
    const next = startNextPeriod(earlier);
    next.effort.people[0] = { ...next.effort.people[0]!, name: 'C. Flieller' };
    const again = comparisonWith({ ...next, previous: null }, earlier);
    expect(again.people.find((entry) => entry.id === first!.id)?.pm).toBe(first!.pm);
    // Another report whose people are numbered the same way but are others, and one of them by name.
    const other = createReport({ months: 6 });
    other.effort.people = [
      { id: first!.id, name: second!.name, pm: 0 },
      { id: second!.id, name: 'Jane Roe', pm: 0 },
    ];
    const compared = { ...other, previous: comparisonWith(other, earlier) };
    expect(compared.previous.people.find((entry) => entry.id === first!.id)?.name).toBe(second!.name);
    // Jane Roe is not whoever had her id there: she has no previous PM.
    expect(compared.previous.people.find((entry) => entry.id === second!.id)).toBeUndefined();
    expect(unmatchedInPrevious(compared).people).toEqual([first!.name, earlier.effort.people[2]!.name]);
    expect(new Set(compared.previous.people.map((entry) => entry.id)).size).toBe(compared.previous.people.length);
  });

  test("an untouched Foreseen section takes the earlier report's Foreseen text, marked for review; one the person wrote stays theirs", () => {
    const earlier = seedReport();
    const compared = withComparison(createReport({ months: 6 }), earlier);
    expect(sectionText(compared, 'foreseen')).toBe(held(earlier, 'foreseen').text);
    expect(isCarried(compared, held(compared, 'foreseen'))).toBe(true);
    const written = withComparison(editSection(createReport({ months: 6 }), 'foreseen', 'Our plans.'), earlier);
    expect(sectionText(written, 'foreseen')).toBe('Our plans.');
    expect(isCarried(written, held(written, 'foreseen'))).toBe(false);
  });

  test('a typographic apostrophe matches a typed one', () => {
    const earlier = seedReport();
    const now = createReport({ months: 6 });
    now.effort.people = [{ id: 'p-b', name: "Cyril L'Orphelin", pm: 0 }];
    const seedPm = earlier.effort.people.find((person) => person.name === 'Cyril L’Orphelin')!.pm;
    expect(comparisonWith(now, earlier).people.find((entry) => entry.id === 'p-b')?.pm).toBe(seedPm);
  });

  test('what found no row is said in a few names, metrics apart from people', () => {
    expect(unmatchedSentence({ metrics: [], people: [] })).toBe('');
    expect(unmatchedSentence({ metrics: ['Latency'], people: [] })).toBe('Not in this report, so not shown: the metric “Latency”.');
    expect(unmatchedSentence({ metrics: ['A', 'B'], people: ['P', 'Q', 'R', 'S', 'T'] })).toBe(
      'Not in this report, so not shown: the metrics “A” and “B”; the people “P”, “Q”, “R” and 2 more.',
    );
  });

  test('a previous period of numbered months has no name, nor has one an older file called "6 months"', () => {
    expect(previousPeriodName({ name: '' })).toBeNull();
    expect(previousPeriodName({ name: '6 months' })).toBeNull();
    expect(previousPeriodName({ name: ' January – June 2025 ' })).toBe('January – June 2025');
    expect(previousPeriodName(null)).toBeNull();
  });
});
