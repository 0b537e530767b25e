// The document store as the window's one owner of the open document: edits as updaters,
// entries still to fix by place, open editors flushed by commands, focus requests as state.
import { describe, expect, test } from 'vitest';
import { createReport } from '../../shared/report-building';
import { draftKind } from '../../shared/drafting';
import { editSection } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { DocumentStore } from '../../renderer/document/document-store';
import type { EntryToFix } from '../../renderer/document/entries-to-fix';
import { isDirty } from '../../renderer/document/open-document';
import { placeId, type Place } from '../../renderer/document/places';
import { selectPendingEntries, selectUnsaved } from '../../renderer/document/selectors';
import { sameContent } from '../../renderer/document/same-content';
import { removeMetrics, setMonthValue } from '../../renderer/tables/metric-edits';
import { seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

function entryAt(at: Place, raw: string): EntryToFix {
  return { at, cellId: placeId(at), place: 'somewhere', message: `'${raw}' is not a number`, raw };
}

const M3_AVAILABILITY: Place = { kind: 'month', metricId: 'availability', monthIndex: 2 };

function openSeed(): DocumentStore {
  const store = new DocumentStore(createReport());
  store.replace(seedReport(), '/reports/seed-report.rdesk', true);
  return store;
}

describe('edits are updaters of the report as it is now', () => {
  test('two parts edited one after the other both stay: neither edit carries an older report', () => {
    const store = openSeed();
    store.edit('Edit General overview', (report) => editSection(report, 'overview', 'Our words.'));
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    expect(held(store.report, 'overview')).toMatchObject({ text: 'Our words.', edited: true });
    expect(store.report.metrics[0]!.values[2]).toBe(97.2);
  });

  test('an updater that returns the report unchanged is no edit, and nobody hears of it', () => {
    const store = openSeed();
    let heard = 0;
    store.subscribe(() => (heard += 1));
    store.edit('Nothing', (report) => report);
    expect(heard).toBe(0);
    expect(store.getSnapshot().history.past).toHaveLength(0);
  });

  test('typing in a section drafts nothing again: the figures, effort and other sections keep their identity', () => {
    const store = openSeed();
    const before = store.report;
    store.edit('Edit Foreseen', (report) => editSection(report, 'foreseen', 'More of the same.'), { coalesceKey: 'section:foreseen' });
    expect(store.report.metrics).toBe(before.metrics);
    expect(held(store.report, 'issues')).toBe(held(before, 'issues'));
  });

  test('a figure changed brings every untouched draft up to date, the person’s words stay', () => {
    const store = openSeed();
    store.edit('Edit Overview', (report) => editSection(report, 'overview', 'All fine.'));
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    expect(held(store.report, 'issues').text).toContain('M3: Availability 97.20 %');
    expect(held(store.report, 'overview').text).toBe('All fine.');
  });

  test('a report opened with drafts an older version wrote reads its current drafts and is not unsaved', () => {
    const seed = seedReport();
    const stale = { ...seed, sections: seed.sections.map((section) => (section.id === 'performance' ? { ...section, text: 'Old wording of the table’s lines.', edited: false } : section)) };
    const store = new DocumentStore(createReport());
    store.replace(stale, '/reports/old.rdesk', true);
    expect(held(store.report, 'performance').text).toBe(draftKind(seed, 'performance'));
    expect(isDirty(store.getSnapshot())).toBe(false);
  });
});

describe('drafts are brought up to date once the window is idle, never read stale', () => {
  function storeWithIdle(): { store: DocumentStore; runIdle: () => void } {
    let idle: (() => void) | null = null;
    const store = new DocumentStore(createReport(), Date.now, (task) => {
      idle = task;
      return () => (idle = null);
    });
    store.replace(seedReport(), '/reports/seed-report.rdesk', true);
    return { store, runIdle: () => idle?.() };
  }

  test('a figure typed leaves the drafts for the idle moment, which brings them up to date in the same step', () => {
    const { store, runIdle } = storeWithIdle();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    expect(store.getState().document.draftsPending).toBe(true);
    expect(held(store.getState().document.history.present, 'issues').text).toBe('N.A');
    runIdle();
    expect(store.getState().document.draftsPending).toBe(false);
    expect(held(store.getState().document.history.present, 'issues').text).toContain('M3: Availability 97.20 %');
    expect(store.getState().document.history.past).toHaveLength(1);
  });

  test('whatever reads the report for real (a save, an export, the next edit) gets its drafts as they read', () => {
    const { store } = storeWithIdle();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    expect(held(store.report, 'issues').text).toContain('M3: Availability 97.20 %');
    store.edit('Edit M5 Availability', (report) => setMonthValue(report, 'availability', 4, 98));
    store.undo();
    // The step undo brings back holds its drafts as they read, not as they were before it.
    expect(held(store.getState().document.history.present, 'issues').text).toContain('M3: Availability 97.20 %');
    expect(held(store.getState().document.history.present, 'issues').text).not.toContain('M5');
  });

  test('figures typed one after another write no drafts in between; undo and redo bring back each step with its drafts as they read', () => {
    const { store, runIdle } = storeWithIdle();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    const first = store.getSnapshot().history.present;
    store.edit('Edit M5 Availability', (report) => setMonthValue(report, 'availability', 4, 98));
    // The first step was not drafted for the second: it went into history as it was.
    expect(store.getSnapshot().history.past.at(-1)?.report).toBe(first);
    expect(store.getSnapshot().draftsPending).toBe(true);
    store.undo();
    const undone = store.getState().document;
    expect(undone.draftsPending).toBe(false);
    expect(held(undone.history.present, 'issues').text).toContain('M3: Availability 97.20 %');
    expect(held(undone.history.present, 'issues').text).not.toContain('M5');
    store.redo();
    expect(held(store.getState().document.history.present, 'issues').text).toContain('M5: Availability 98.00 %');
    runIdle();
    expect(held(store.getState().document.history.present, 'issues').text).toContain('M5: Availability 98.00 %');
  });

  test('a section edited while drafts wait is edited as it reads: the drafts are written first', () => {
    const { store } = storeWithIdle();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    expect(store.getSnapshot().draftsPending).toBe(true);
    // Appending to the Issues draft, as typing at its end does: the text typed onto is the current draft.
    store.edit('Edit Issues', (report) => editSection(report, 'issues', `${held(report, 'issues').text} Checked.`));
    expect(store.getSnapshot().draftsPending).toBe(false);
    expect(held(store.report, 'issues')).toMatchObject({ text: expect.stringContaining('M3: Availability 97.20 %') as unknown as string, edited: true });
    expect(held(store.report, 'issues').text.endsWith(' Checked.')).toBe(true);
  });

  test('a command flushing the editors finds the drafts up to date', async () => {
    const { store } = storeWithIdle();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    await store.flushEditors();
    expect(store.getSnapshot().draftsPending).toBe(false);
  });
});

describe('entries still to fix belong to the open document, by place', () => {
  test('an entry is kept in its place with what the report holds there, and makes the work unsaved', () => {
    const store = openSeed();
    store.keepEntry(entryAt(M3_AVAILABILITY, '99,9x'));
    expect(selectPendingEntries(store.getState())).toMatchObject([{ cellId: 'cell-availability-2', raw: '99,9x', kept: '99.92' }]);
    expect(isDirty(store.getSnapshot())).toBe(false);
    expect(selectUnsaved(store.getState())).toBe(true);
    store.dropEntry('cell-availability-2');
    expect(selectUnsaved(store.getState())).toBe(false);
  });

  test('an undo under an entry changes what it says the file keeps', () => {
    const store = openSeed();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    store.keepEntry(entryAt(M3_AVAILABILITY, 'abc'));
    expect(selectPendingEntries(store.getState())[0]!.kept).toBe('97.20');
    store.undo();
    expect(selectPendingEntries(store.getState())[0]!.kept).toBe('99.92');
  });

  test('an entry whose metric was removed is no longer one; undoing the removal brings it back', () => {
    const store = openSeed();
    store.keepEntry(entryAt(M3_AVAILABILITY, 'abc'));
    store.edit('Remove Availability', (report) => removeMetrics(report, ['availability']));
    expect(selectPendingEntries(store.getState())).toEqual([]);
    store.undo();
    expect(selectPendingEntries(store.getState()).map((entry) => entry.raw)).toEqual(['abc']);
  });

  test('entries are listed in the window’s order, whatever order they were typed in', () => {
    const store = openSeed();
    store.keepEntry(entryAt({ kind: 'month', metricId: 'support-vu', monthIndex: 0 }, 'c'));
    store.keepEntry(entryAt({ kind: 'target', metricId: 'availability' }, 'b'));
    store.keepEntry(entryAt({ kind: 'pm', personId: 'person-2' }, 'a'));
    store.keepEntry(entryAt({ kind: 'months' }, '40'));
    store.keepEntry(entryAt({ kind: 'start-month' }, 'Julyish'));
    expect(selectPendingEntries(store.getState()).map((entry) => entry.raw)).toEqual(['Julyish', '40', 'a', 'b', 'c']);
  });

  test('a paste settles the cells it filled and keeps the ones it could not read', () => {
    const store = openSeed();
    store.keepEntry(entryAt(M3_AVAILABILITY, 'abc'));
    const m4: Place = { kind: 'month', metricId: 'availability', monthIndex: 3 };
    store.settleEntries([placeId(M3_AVAILABILITY), placeId(m4)], [entryAt(m4, 'x')]);
    expect(selectPendingEntries(store.getState()).map((entry) => entry.cellId)).toEqual(['cell-availability-3']);
  });

  test('another document replacing this one starts with no entries and no request', () => {
    const store = openSeed();
    store.keepEntry(entryAt(M3_AVAILABILITY, 'abc'));
    store.requestFocus(M3_AVAILABILITY);
    store.replace(createReport(), null, true);
    expect(store.getState().entries.size).toBe(0);
    expect(store.getState().focusRequest).toBeNull();
  });

  test('the list keeps its identity through edits that change nothing it says, so what shows it does not render again', () => {
    const store = openSeed();
    store.keepEntry(entryAt(M3_AVAILABILITY, 'abc'));
    const before = selectPendingEntries(store.getState());
    store.edit('Edit Overview', (report) => editSection(report, 'overview', 'Words.'));
    store.edit('Edit M1 Reliability', (report) => setMonthValue(report, 'reliability', 0, 98));
    expect(selectPendingEntries(store.getState())).toBe(before);
  });
});

describe('open editors are committed by the commands, at once', () => {
  test('flushing commits what an editor holds before it returns, with no wait', async () => {
    const store = openSeed();
    let typed: string | null = '97,5';
    store.openEditor({
      flush: () => {
        if (typed === null) return;
        const value = Number(typed.replace(',', '.'));
        typed = null;
        store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, value));
      },
    });
    const flushed = store.flushEditors();
    // Already in the report, before anything is awaited.
    expect(store.report.metrics[0]!.values[2]).toBe(97.5);
    await flushed;
  });

  test('a command waits for the answer to a question an editor asks, and a closed editor is not flushed', async () => {
    const store = openSeed();
    let answer: (() => void) | null = null;
    const question = new Promise<void>((resolve) => (answer = resolve));
    let closedFlushes = 0;
    const close = store.openEditor({ flush: () => void (closedFlushes += 1) });
    close();
    store.openEditor({ flush: () => question.then(() => store.edit('Change the period', (report) => ({ ...report, meta: { ...report.meta, period: { ...report.meta.period, months: 4 } } }))) });
    let done = false;
    const flushed = store.flushEditors().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    answer!();
    await flushed;
    expect(store.report.meta.period.months).toBe(4);
    expect(closedFlushes).toBe(0);
  });

  test('Undo goes to an open editor with its own typing’s history, and to the report without one', () => {
    const store = openSeed();
    store.edit('Edit M3 Availability', (report) => setMonthValue(report, 'availability', 2, 97.2));
    const heard: string[] = [];
    const close = store.openEditor({ flush: () => undefined, undoTyping: (command) => heard.push(command) });
    expect(store.editorUndo('undo')).toBe(true);
    expect(heard).toEqual(['undo']);
    expect(store.report.metrics[0]!.values[2]).toBe(97.2);
    close();
    expect(store.editorUndo('undo')).toBe(false);
  });
});

describe('focus requests are state, settled by whoever shows the target', () => {
  test('a request stays until its own id is settled; a newer request is not settled by an older id', () => {
    const store = openSeed();
    store.requestFocus(M3_AVAILABILITY);
    const first = store.getState().focusRequest!;
    store.requestFocus({ kind: 'summary' });
    store.settleFocusRequest(first.id);
    expect(store.getState().focusRequest?.target).toEqual({ kind: 'summary' });
    store.settleFocusRequest(store.getState().focusRequest!.id);
    expect(store.getState().focusRequest).toBeNull();
  });
});

describe('telling an edited report from the saved one', () => {
  test('same content is the same, whatever objects hold it; a field set to undefined is no field, as in JSON', () => {
    const report: Report = seedReport();
    expect(sameContent(report, seedReport())).toBe(true);
    expect(sameContent(report, setMonthValue(report, 'availability', 2, 97.2))).toBe(false);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent([1, 2], [1, 2, 3])).toBe(false);
    expect(sameContent({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });
});
