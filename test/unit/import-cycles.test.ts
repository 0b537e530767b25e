// shared/ and electron/ import one way, file by file: no two files import each other, nor any
// longer loop (types count: a loop of types is a loop of meaning). In shared/ the model stands
// under everything: the schema reaches only the model's files, and the rules (targets, periods,
// notes, the previous period) never reach the words written from them (figure text, drafts).
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cyclesIn, fileImportGraph, reachedFrom } from '../support/import-graph';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const graph = fileImportGraph(REPO, ['shared', 'electron']);

/** The model: the schema and what it is made of (its constants and section kinds apart, zod-free, for the window), and the two text helpers its messages quote names with. */
const MODEL = ['shared/report-schema.ts', 'shared/report-constants.ts', 'shared/section-schema.ts', 'shared/section-kinds.ts', 'shared/section-numbers.ts', 'shared/metric-label.ts', 'shared/message-names.ts', 'shared/bidi-text.ts', 'shared/word-template-schema.ts'];
const RULES = ['shared/targets.ts', 'shared/periods.ts', 'shared/figure-notes.ts', 'shared/previous-period.ts'];
const WORDS = ['shared/figure-text.ts', 'shared/drafting.ts', 'shared/section-text.ts', 'shared/draft-prompts.ts', 'shared/period-trend.ts', 'shared/chart-descriptions.ts'];

describe('shared/ and electron/ import one way', () => {
  test('the graph holds both folders’ files, the ones this test names among them', () => {
    expect(graph.size).toBeGreaterThan(80);
    for (const file of [...MODEL, ...RULES, ...WORDS, 'shared/api.ts', 'electron/cli-commands.ts']) expect(graph.has(file), file).toBe(true);
  });

  test('no file imports itself back through others', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  test('the schema reaches the model’s files only: nothing of the rules or the words', () => {
    expect([...reachedFrom(graph, 'shared/report-schema.ts')].sort()).toEqual(MODEL.filter((file) => file !== 'shared/report-schema.ts').sort());
  });

  test('the rules reach no words', () => {
    for (const rule of RULES) expect([...reachedFrom(graph, rule)].filter((file) => WORDS.includes(file)), rule).toEqual([]);
  });

  test('the check finds a loop when there is one, and names it', () => {
    const looped = new Map([
      ['a.ts', new Set(['b.ts'])],
      ['b.ts', new Set(['c.ts', 'd.ts'])],
      ['c.ts', new Set(['a.ts'])],
      ['d.ts', new Set<string>()],
    ]);
    expect(cyclesIn(looped)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
    expect(reachedFrom(looped, 'd.ts')).toEqual(new Set());
  });
});
