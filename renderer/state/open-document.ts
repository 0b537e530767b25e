// The open document as a value: its history (and so its report), where it lives on disk and
// what was last saved there. "Dirty" means the report differs from that saved content.
import type { Report } from '../../shared/report-schema';
import { refreshDrafts } from '../../shared/drafting';
import { recordEdit, redo, startHistory, undo, type EditOptions, type History } from './history';

export interface OpenDocument {
  /** Changes whenever another document replaces this one (New, Open, Next period, Restore). */
  id: number;
  history: History;
  path: string | null;
  /** The report as last saved or opened, serialised; null for work never saved anywhere. */
  savedJson: string | null;
}

let nextDocumentId = 1;

function serialise(report: Report): string {
  return JSON.stringify(report);
}

/** `saved: true` for a report just read from disk or freshly blank; false for unsaved work. */
export function openDocument(report: Report, path: string | null, saved: boolean): OpenDocument {
  nextDocumentId += 1;
  return { id: nextDocumentId, history: startHistory(report), path, savedJson: saved ? serialise(report) : null };
}

/** Every edit brings untouched drafts up to date, so history holds reports as they read. */
export function editDocument(document: OpenDocument, next: Report, label: string, options?: EditOptions): OpenDocument {
  const history = recordEdit(document.history, refreshDrafts(next), label, options);
  return history === document.history ? document : { ...document, history };
}

export function undoDocument(document: OpenDocument): OpenDocument {
  const history = undo(document.history);
  return history === document.history ? document : { ...document, history };
}

export function redoDocument(document: OpenDocument): OpenDocument {
  const history = redo(document.history);
  return history === document.history ? document : { ...document, history };
}

/** After a save of `report` to `path`; later edits made while saving stay dirty. */
export function markSaved(document: OpenDocument, path: string, report: Report): OpenDocument {
  return { ...document, path, savedJson: serialise(report) };
}

const dirtyCache = new WeakMap<Report, { savedJson: string | null; dirty: boolean }>();

export function isDirty(document: OpenDocument): boolean {
  if (document.savedJson === null) return true;
  const report = document.history.present;
  const cached = dirtyCache.get(report);
  if (cached !== undefined && cached.savedJson === document.savedJson) return cached.dirty;
  const dirty = serialise(report) !== document.savedJson;
  dirtyCache.set(report, { savedJson: document.savedJson, dirty });
  return dirty;
}

/** The file's name as the window title shows it, or "Untitled". */
export function documentName(path: string | null): string {
  if (path === null) return 'Untitled';
  return path.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? path;
}
