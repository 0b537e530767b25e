// The window's steps that shape the section list, on the document store: each one step of Undo
// named for what it did, the focus left where a keyboard user expects it, the status line's
// sentence, and a removal that asks first only where the person's own work would go.
import { describe, expect, test } from 'vitest';
import { createReport } from '../../shared/report-building';
import type { Report } from '../../shared/report-schema';
import { editSection, ownContent } from '../../shared/section-text';
import { newSection } from '../../shared/sections';
import { DocumentStore } from '../../renderer/document/document-store';
import { selectUndoLabel } from '../../renderer/document/selectors';
import { createSectionShaping, ownContentWords } from '../../renderer/narrative/section-shaping';
import type { ChoiceRequest } from '../../renderer/ui/choice-dialog';
import { seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

function shapingOf(report: Report, answer: 'keep' | 'remove' = 'remove') {
  const store = new DocumentStore(createReport());
  store.replace(report, '/reports/report.rdesk', true);
  const said: string[] = [];
  const asked: ChoiceRequest<string>[] = [];
  const shaping = createSectionShaping({
    store,
    ask: <T extends string>(request: ChoiceRequest<T>) => {
      asked.push(request);
      return Promise.resolve(answer as T);
    },
    announce: (text) => said.push(text),
  });
  const headings = () => store.report.sections.map((section) => `${section.level === 2 ? '  ' : ''}${section.title}`);
  return { store, shaping, said, asked, headings, undoLabel: () => selectUndoLabel(store.getState()), focus: () => store.getState().focusRequest?.target };
}

/** The seed with a register of risks of the person's own after the issues. */
function withRisks(rows: string[][]): Report {
  const seed = seedReport();
  const risks = { ...newSection('table', { title: 'Risks', columns: ['Risk', 'Owner'], rows, text: 'Open at the end of the period:' }), id: 'risks' };
  return { ...seed, sections: seed.sections.toSpliced(4, 0, risks) };
}

describe('each step is one step of Undo, named for what it did', () => {
  test('a move, and its undo and redo', () => {
    const { store, shaping, said, undoLabel, focus, headings } = shapingOf(seedReport());
    shaping.move('measures', -1, 'up');
    expect(headings().slice(3, 5)).toEqual(['Measures planned', 'Issues arising in the period']);
    expect(undoLabel()).toBe('Move Section “Measures planned” Up');
    expect(said.at(-1)).toBe('Moved “Measures planned” up, now section 4.');
    // The button used keeps the focus, in the section's new place.
    expect(focus()).toEqual({ kind: 'section-head', section: 'measures', control: 'up' });
    store.undo();
    expect(headings()[3]).toBe('Issues arising in the period');
    store.redo();
    expect(headings()[3]).toBe('Measures planned');
  });

  test('a step that cannot apply records nothing and says nothing: the first section moved up', () => {
    const { shaping, said, undoLabel } = shapingOf(seedReport());
    shaping.move('effort', -1);
    shaping.indent('effort');
    expect(undoLabel()).toBeNull();
    expect(said).toEqual([]);
  });

  test('a sub-section and a section again, said with its new number; numbering off, by its place', () => {
    const { store, shaping, said, headings } = shapingOf(seedReport());
    shaping.indent('issues');
    expect(headings()[3]).toBe('  Issues arising in the period');
    expect(said.at(-1)).toBe('“Issues arising in the period” is now a sub-section of “Performance against service targets”, sub-section 3.1.');
    shaping.outdent('issues');
    expect(said.at(-1)).toBe('“Issues arising in the period” is a section again, section 4.');
    store.edit('Number the sections', (report) => ({ ...report, meta: { ...report.meta, numberSections: false } }));
    shaping.move('issues', 1);
    expect(said.at(-1)).toBe('Moved “Issues arising in the period” down, now after “Measures planned”.');
  });

  test('a rename: an empty title is refused and changes nothing; a new title is one step, the heading focused', () => {
    const { shaping, said, undoLabel, focus, headings } = shapingOf(seedReport());
    expect(shaping.rename('measures', '   ')).toBe(false);
    expect(undoLabel()).toBeNull();
    expect(shaping.rename('measures', ' Corrective actions ')).toBe(true);
    expect(headings()[4]).toBe('Corrective actions');
    expect(undoLabel()).toBe('Rename Section “Measures planned”');
    expect(said.at(-1)).toBe('Renamed “Measures planned” to “Corrective actions”.');
    expect(focus()).toEqual({ kind: 'section-head', section: 'measures', control: 'heading' });
  });

  test('a section added takes the focus in its text; a drafted part comes with its draft', () => {
    const { store, shaping, said, undoLabel, focus } = shapingOf({ ...seedReport(), sections: seedReport().sections.filter((section) => section.kind !== 'effort') });
    shaping.add('effort', 'Effort', { before: 'overview' }, 1);
    const effort = store.report.sections[0]!;
    expect(effort).toMatchObject({ kind: 'effort', title: 'Effort', edited: false });
    expect(effort.text).toMatch(/^The global effort for CNRS is 12 PM/);
    expect(undoLabel()).toBe('Add Section “Effort”');
    expect(said.at(-1)).toBe('Added “Effort”, section 1.');
    expect(focus()).toEqual({ kind: 'section', section: effort.id });
  });
});

describe('removing a section', () => {
  test('an untouched draft goes without a question, the focus on the heading after it; Undo brings it back', async () => {
    const { store, shaping, asked, said, focus, headings } = shapingOf(seedReport());
    await shaping.remove('issues');
    expect(asked).toEqual([]);
    expect(headings()).not.toContain('Issues arising in the period');
    expect(focus()).toEqual({ kind: 'section-head', section: 'measures', control: 'heading' });
    expect(said.at(-1)).toBe('Removed section 4, “Issues arising in the period”. Undo (Ctrl+Z) brings it back.');
    store.undo();
    expect(headings()[3]).toBe('Issues arising in the period');
  });

  test('a table with rows asks first, saying what goes; kept, nothing changes; removed, Undo brings it back whole', async () => {
    const rows = [['Storage vendor', 'Anne'], ['Broker end of life', 'Ravi']];
    const kept = shapingOf(withRisks(rows), 'keep');
    await kept.shaping.remove('risks');
    expect(kept.asked[0]).toMatchObject({ title: 'Remove “Risks”?', alert: true, cancelValue: 'keep' });
    expect(kept.asked[0]!.message).toBe('Section 5, “Risks”, holds your own table, 2 rows, with 7 words of text before it. Removing the section takes it out of the report; Undo (Ctrl+Z) brings it back.');
    expect(kept.headings()).toContain('Risks');

    const { store, shaping, focus } = shapingOf(withRisks(rows));
    const before = held(store.report, 'risks');
    await shaping.remove('risks');
    expect(store.report.sections.map((section) => section.id)).not.toContain('risks');
    expect(focus()).toEqual({ kind: 'section-head', section: 'measures', control: 'heading' });
    store.undo();
    expect(held(store.report, 'risks')).toEqual(before);
  });

  test('the last section removed leaves the focus on the button that adds one', async () => {
    const { shaping, focus } = shapingOf({ ...seedReport(), sections: [{ ...newSection('text', { title: 'Only' }), id: 'only' }] });
    await shaping.remove('only');
    expect(focus()).toEqual({ kind: 'add-section' });
  });
});

describe("what a section holds of the person's own", () => {
  test('an untouched draft and an empty section hold nothing; edited text, carried text and rows do', () => {
    const seed = seedReport();
    expect(ownContent(seed, held(seed, 'issues'))).toBeNull();
    expect(ownContent(seed, newSection('text'))).toBeNull();
    expect(ownContent(seed, newSection('table', { rows: [['', '', '']] }))).toBeNull();
    const edited = editSection(seed, 'issues', 'A storage outage in March.');
    expect(ownContent(edited, held(edited, 'issues'))).toEqual({ words: 5, rows: 0, carried: false });
    const carried = { ...newSection('table', { rows: [['CHG-101', 'Delivered', '']] }), carried: true };
    expect(ownContent(seed, carried)).toEqual({ words: 0, rows: 1, carried: true });
  });

  test('in words: whose it is, how many rows and words', () => {
    expect(ownContentWords('text', { words: 1, rows: 0, carried: false })).toBe('your own text, 1 word');
    expect(ownContentWords('table', { words: 0, rows: 1, carried: true })).toBe('last period’s table, 1 row, not yet reviewed');
    expect(ownContentWords('table', { words: 12, rows: 0, carried: false })).toBe('your own text, 12 words');
    expect(ownContentWords('table', { words: 1, rows: 3, carried: false })).toBe('your own table, 3 rows, with 1 word of text before it');
  });
});
