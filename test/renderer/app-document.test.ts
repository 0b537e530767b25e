import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createReport, startNextPeriod } from '../../shared/report-building';
import { editSection, sectionText } from '../../shared/section-text';
import { readReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { DocumentStore } from '../../renderer/document/document-store';
import { documentName, isDirty } from '../../renderer/document/open-document';
import { shortcutCommand } from '../../shared/keyboard-shortcuts';
import { held } from '../support/sections';

async function seedReport(): Promise<Report> {
  const read = readReportText(await readFile(new URL('../../assets/examples/seed-report.rdesk', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

function withAvailability(report: Report, monthIndex: number, value: number | null): Report {
  return {
    ...report,
    metrics: report.metrics.map((metric, index) =>
      index === 0 ? { ...metric, values: metric.values.map((old, month) => (month === monthIndex ? value : old)) } : metric,
    ),
  };
}

describe('the open document', () => {
  test('a report just opened is clean; an edit makes it dirty; undoing back to it makes it clean again', async () => {
    const store = new DocumentStore(createReport());
    store.replace(await seedReport(), '/reports/seed-report.rdesk', true);
    expect(isDirty(store.getSnapshot())).toBe(false);

    store.edit('Edit M3 Availability', (report) => withAvailability(report, 2, 97.2));
    expect(isDirty(store.getSnapshot())).toBe(true);

    store.undo();
    expect(isDirty(store.getSnapshot())).toBe(false);
  });

  test('retyping the value that was saved leaves the report clean, because dirty means "differs from the file"', async () => {
    const store = new DocumentStore(createReport());
    const seed = await seedReport();
    store.replace(seed, '/reports/seed-report.rdesk', true);
    const original = seed.metrics[0]!.values[2]!;
    store.edit('Edit M3 Availability', (report) => withAvailability(report, 2, 50));
    store.edit('Edit M3 Availability', (report) => withAvailability(report, 2, original));
    expect(isDirty(store.getSnapshot())).toBe(false);
  });

  test('saving marks the saved content clean, and edits after it are dirty again', () => {
    const store = new DocumentStore(createReport());
    store.edit('Edit General overview', (report) => editSection(report, 'overview', 'Quiet period.'));
    const sent = store.report;
    store.edit('Edit General overview', (report) => editSection(report, 'overview', 'Quiet period, mostly.'));
    store.markSaved('/reports/q1.rdesk', sent);
    expect(isDirty(store.getSnapshot())).toBe(true);
    store.markSaved('/reports/q1.rdesk', store.report);
    expect(isDirty(store.getSnapshot())).toBe(false);
    expect(documentName(store.getSnapshot().path)).toBe('q1.rdesk');
  });

  test('the next period is an untitled document with unsaved changes, and a new document id', async () => {
    const store = new DocumentStore(createReport());
    store.replace(await seedReport(), '/reports/seed-report.rdesk', true);
    const before = store.getSnapshot().id;
    store.replace(startNextPeriod(store.report), null, false);
    const document = store.getSnapshot();
    expect(document.path).toBeNull();
    expect(documentName(document.path)).toBe('Untitled');
    expect(isDirty(document)).toBe(true);
    expect(document.id).not.toBe(before);
  });

  test('an untouched draft follows a changed figure while an edited section keeps its words', async () => {
    const store = new DocumentStore(createReport());
    const seed = await seedReport();
    store.replace(editSection(seed, 'overview', 'All fine, as usual.'), '/reports/seed-report.rdesk', true);
    store.edit('Edit M3 Availability', (report) => withAvailability(report, 2, 97.2));
    expect(sectionText(store.report, 'overview')).toBe('All fine, as usual.');
    expect(held(store.report, 'issues').text).toContain('M3: Availability 97.20 %');
  });

  test('listeners hear every change and nothing after they unsubscribe', () => {
    const store = new DocumentStore(createReport());
    let heard = 0;
    const unsubscribe = store.subscribe(() => {
      heard += 1;
    });
    store.edit('Edit', (report) => editSection(report, 'issues', 'x'));
    store.undo();
    unsubscribe();
    store.redo();
    expect(heard).toBe(2);
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    shortcutCommand({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

  test('Ctrl or Cmd+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
  });

  test('Ctrl+S saves, Ctrl+Shift+S saves as, and plain letters are left to the fields', () => {
    expect(press('s', { ctrlKey: true })).toBe('save');
    expect(press('S', { ctrlKey: true, shiftKey: true })).toBe('save-as');
    expect(press('s')).toBeNull();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
