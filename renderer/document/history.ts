// Undo/redo over whole reports. Reports are immutable values, so a history entry is just the
// report before an edit and the words that name the edit ("Edit Overview").
import type { Report } from '../../shared/report-schema';

export interface HistoryEntry {
  report: Report;
  label: string;
}

export interface History {
  /** Oldest first; the last entry is the report before the most recent edit. */
  past: HistoryEntry[];
  present: Report;
  /** Nearest first; the first entry is the report the next redo brings back. */
  future: HistoryEntry[];
  /** The field last typed into, when, and when its run of keystrokes began: a run undoes as one edit. */
  lastEdit: { key: string; at: number; runStartedAt: number } | null;
}

/** Enough for a long session; older steps fall off so memory stays bounded. */
export const HISTORY_LIMIT = 200;
/** Keystrokes closer together than this, in the same field, are one undo step... */
export const COALESCE_WINDOW_MS = 1500;
/** ...for at most this long: a minute of steady writing must not undo in one go. */
export const RUN_LIMIT_MS = 5000;

export interface EditOptions {
  /** Names the text field typed into; consecutive edits with the same key may merge. */
  coalesceKey?: string;
  /** When the edit happened, in ms (Date.now()); given by tests. */
  at?: number;
}

export function startHistory(report: Report): History {
  return { past: [], present: report, future: [], lastEdit: null };
}

export function recordEdit(history: History, next: Report, label: string, options: EditOptions = {}): History {
  if (next === history.present) return history;
  const at = options.at ?? Date.now();
  const key = options.coalesceKey;
  const last = history.lastEdit;
  const coalesce =
    key !== undefined &&
    last !== null &&
    last.key === key &&
    at - last.at <= COALESCE_WINDOW_MS &&
    at - last.runStartedAt <= RUN_LIMIT_MS &&
    history.past.length > 0;
  const lastEdit = key === undefined ? null : { key, at, runStartedAt: coalesce && last !== null ? last.runStartedAt : at };
  if (coalesce) return { past: history.past, present: next, future: [], lastEdit };
  const past = [...history.past, { report: history.present, label }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present: next, future: [], lastEdit };
}

export function undo(history: History): History {
  const entry = history.past.at(-1);
  if (entry === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: entry.report,
    future: [{ report: history.present, label: entry.label }, ...history.future],
    lastEdit: null,
  };
}

export function redo(history: History): History {
  const entry = history.future[0];
  if (entry === undefined) return history;
  return {
    past: [...history.past, { report: history.present, label: entry.label }],
    present: entry.report,
    future: history.future.slice(1),
    lastEdit: null,
  };
}

/** The edit the next undo reverts ("Edit Overview"), or null when there is none. */
export function undoLabel(history: History): string | null {
  return history.past.at(-1)?.label ?? null;
}

export function redoLabel(history: History): string | null {
  return history.future[0]?.label ?? null;
}
