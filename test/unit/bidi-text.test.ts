// Names and units holding right-to-left letters or bidirectional controls are set apart from the
// app's words around them, so no control in a name can turn the rest of a sentence backwards.
import { describe, expect, test } from 'vitest';
import { isolated } from '../../shared/bidi-text';
import { withNamesIsolated } from '../../shared/names-isolated';
import { draftKind } from '../../shared/drafting';
import { editSection } from '../../shared/section-text';
import { held } from '../support/sections';
import { seedReport } from '../fixtures/seed';
import { embeddingDepths, wordsInOrder } from '../support/bidi-levels';

const RLO = '\u202e';
const FSI = '\u2068';
const PDI = '\u2069';

describe('a name in a sentence', () => {
  test('a name with a right-to-left override is isolated, and the words after it stay in order', () => {
    const sentence = `${isolated(`Avail${RLO}ability`)} in %, higher is better`;
    expect(sentence.startsWith(`${FSI}Avail${RLO}ability${PDI}`)).toBe(true);
    expect(wordsInOrder(sentence, ' in %, higher is better')).toBe(true);
    // Without the isolate the override runs to the end of the line.
    expect(wordsInOrder(`Avail${RLO}ability in %, higher is better`, ' in %, higher is better')).toBe(false);
  });

  test('a stray closing isolate in a name cannot close the isolate around it', () => {
    const name = `A${PDI}${RLO}B`;
    const sentence = `${isolated(name)}: met`;
    expect(wordsInOrder(sentence, ': met')).toBe(true);
    expect(embeddingDepths(sentence).at(-1)).toBe(0);
  });

  test('an isolate left open in a name is closed with it', () => {
    expect(wordsInOrder(`${isolated(`A\u2067${RLO}B`)} is late`, ' is late')).toBe(true);
  });

  test('plain names are left byte for byte; right-to-left names are isolated; nothing is isolated twice', () => {
    expect(isolated('Availability')).toBe('Availability');
    expect(isolated('محمد')).toBe(`${FSI}محمد${PDI}`);
    expect(isolated(isolated(`x${RLO}`))).toBe(isolated(`x${RLO}`));
  });
});

describe('the report as the drafts and the export read it', () => {
  test('a report of plain names is returned as it is', () => {
    const report = seedReport();
    expect(withNamesIsolated(report)).toBe(report);
  });

  test('names, groups, keys, units, notes and people are isolated; section texts are not', () => {
    const report = seedReport();
    report.metrics[0] = { ...report.metrics[0]!, name: `Avail${RLO}`, unit: `%${RLO}`, notes: [{ month: 0, happened: `outage${RLO}`, measure: '' }] };
    report.effort.people[0] = { ...report.effort.people[0]!, name: `Pierre${RLO}` };
    const safe = withNamesIsolated(editSection(report, 'overview', `Mine${RLO}`));
    expect(safe.metrics[0]!.name).toBe(`${FSI}Avail${RLO}${PDI}`);
    expect(safe.metrics[0]!.unit).toBe(`${FSI}%${RLO}${PDI}`);
    expect(safe.metrics[0]!.notes[0]!.happened).toBe(`${FSI}outage${RLO}${PDI}`);
    expect(safe.effort.people[0]!.name).toBe(`${FSI}Pierre${RLO}${PDI}`);
    expect(held(safe, 'overview').text).toBe(`Mine${RLO}`);
    expect(safe.metrics[1]).toBe(report.metrics[1]);
  });

  test('a draft naming a metric with an override keeps its own words in order', () => {
    const report = seedReport();
    report.metrics[0] = { ...report.metrics[0]!, name: `Avail${RLO}ability`, values: report.metrics[0]!.values.map((value, month) => (month === 2 ? 90 : value)) };
    const issues = draftKind(report, 'issues');
    const line = issues.split('\n').find((text) => text.includes('Avail'))!;
    expect(wordsInOrder(line, 'against a target of')).toBe(true);
  });
});
