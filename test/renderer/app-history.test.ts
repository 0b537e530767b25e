import { describe, expect, test } from 'vitest';
import { createReport } from '../../shared/report-building';
import { editSection, redraftSection, sectionText } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { COALESCE_WINDOW_MS, HISTORY_LIMIT, RUN_LIMIT_MS, recordEdit, redo, redoLabel, startHistory, undo, undoLabel } from '../../renderer/document/history';
import { held } from '../support/sections';

function withValue(report: Report, metricIndex: number, monthIndex: number, value: number | null): Report {
  return {
    ...report,
    metrics: report.metrics.map((metric, index) =>
      index === metricIndex ? { ...metric, values: metric.values.map((old, month) => (month === monthIndex ? value : old)) } : metric,
    ),
  };
}

describe('undo history', () => {
  test('undo after "Redraft from data" brings the person’s own overview back, marked edited', () => {
    const start = createReport();
    let history = startHistory(start);
    history = recordEdit(history, editSection(start, 'overview', 'Our own words.'), 'Edit General overview', { coalesceKey: 'section:overview', at: 0 });
    history = recordEdit(history, redraftSection(history.present, 'overview'), 'Redraft General overview', { at: 10_000 });
    expect(held(history.present, 'overview').edited).toBe(false);

    history = undo(history);
    expect(held(history.present, 'overview')).toMatchObject({ text: 'Our own words.', edited: true });
    expect(sectionText(history.present, 'overview')).toBe('Our own words.');
  });

  test('redo re-applies the edit undo took back, and a new edit clears what could be redone', () => {
    const start = createReport();
    const changed = withValue(start, 0, 2, 97.2);
    let history = recordEdit(startHistory(start), changed, 'Edit M3 Availability', { at: 0 });
    history = undo(history);
    expect(history.present).toBe(start);
    expect(redoLabel(history)).toBe('Edit M3 Availability');

    history = redo(history);
    expect(history.present).toBe(changed);
    expect(undoLabel(history)).toBe('Edit M3 Availability');

    history = undo(history);
    history = recordEdit(history, withValue(start, 0, 0, 99.5), 'Edit M1 Availability', { at: 5 });
    expect(redoLabel(history)).toBeNull();
    expect(redo(history)).toBe(history);
  });

  test('keystrokes in the same field close together undo as one step', () => {
    const start = createReport();
    let history = startHistory(start);
    let text = '';
    for (const [index, letter] of [...'Fine'].entries()) {
      text += letter;
      history = recordEdit(history, editSection(history.present, 'issues', text), 'Edit Issues arising', { coalesceKey: 'section:issues', at: index * 200 });
    }
    expect(history.past).toHaveLength(1);
    expect(sectionText(history.present, 'issues')).toBe('Fine');
    expect(undo(history).present).toBe(start);
  });

  test('typing in another field, or after a pause, starts a new undo step', () => {
    const start = createReport();
    let history = recordEdit(startHistory(start), editSection(start, 'issues', 'A'), 'Edit Issues arising', { coalesceKey: 'section:issues', at: 0 });
    history = recordEdit(history, editSection(history.present, 'measures', 'B'), 'Edit Measures planned', { coalesceKey: 'section:measures', at: 100 });
    history = recordEdit(history, editSection(history.present, 'measures', 'BC'), 'Edit Measures planned', { coalesceKey: 'section:measures', at: 100 + COALESCE_WINDOW_MS + 1 });
    expect(history.past).toHaveLength(3);
    expect(held(undo(history).present, 'measures').text).toBe('B');
  });

  test('steady writing without pauses still undoes in steps of a few seconds, never all at once', () => {
    const start = createReport();
    let history = startHistory(start);
    let text = '';
    // 324 characters, one every 300 ms: 97 seconds of writing.
    for (let index = 0; index < 324; index += 1) {
      text += 'abcdefghi '[index % 10];
      history = recordEdit(history, editSection(history.present, 'overview', text), 'Edit General overview', { coalesceKey: 'section:overview', at: index * 300 });
    }
    const steps = Math.ceil((323 * 300) / (RUN_LIMIT_MS + 300));
    expect(history.past.length).toBeGreaterThanOrEqual(steps);
    const once = undo(history).present;
    expect(held(once, 'overview').edited).toBe(true);
    expect(sectionText(once, 'overview').length).toBeGreaterThan(300);
  });

  test('typing right after an undo does not merge into the step undo revealed', () => {
    const start = createReport();
    let history = recordEdit(startHistory(start), editSection(start, 'issues', 'A'), 'Edit', { coalesceKey: 'section:issues', at: 0 });
    history = recordEdit(history, editSection(history.present, 'measures', 'B'), 'Edit', { coalesceKey: 'section:measures', at: 10 });
    history = undo(history);
    history = recordEdit(history, editSection(history.present, 'issues', 'AB'), 'Edit', { coalesceKey: 'section:issues', at: 20 });
    expect(held(undo(history).present, 'issues').text).toBe('A');
  });

  test('the history keeps at most its cap of steps, dropping the oldest', () => {
    const start = createReport();
    let history = startHistory(start);
    for (let step = 0; step < HISTORY_LIMIT + 25; step += 1) {
      history = recordEdit(history, withValue(history.present, 0, 0, step), `Step ${step}`, { at: step });
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]!.label).toBe('Step 25');
  });

  test('an edit that changes nothing is not a step', () => {
    const start = createReport();
    const history = startHistory(start);
    expect(recordEdit(history, start, 'Nothing')).toBe(history);
  });
});
