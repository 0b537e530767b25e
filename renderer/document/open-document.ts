// The open document as a value: its history (and so its report), where it lives on disk and
// what was last saved there. "Dirty" means the report differs from that saved content.
import type { Report } from '../../shared/report-schema';
import { refreshDrafts } from '../../shared/drafting';
import { recordEdit, redo, startHistory, undo, type EditOptions, type History } from './history';
import { sameContent } from './same-content';

export interface OpenDocument {
  /** Changes whenever another document replaces this one (New, Open, Next period, Restore). */
  id: number;
  history: History;
  path: string | null;
  /** The report as last saved or opened; null for work never saved anywhere. */
  saved: Report | null;
}

let nextDocumentId = 1;

/**
 * `saved: true` for a report just read from disk or freshly blank; false for unsaved work.
 * Its untouched drafts are brought up to date at once, as every edit brings them (see
 * editDocument), so a section shows its text as it is held and never drafts it again to show
 * it. A file whose drafts were written by an older version is no less saved for it: the
 * drafts follow the data, and the file's stale wording is never what anyone reads.
 */
export function openDocument(report: Report, path: string | null, saved: boolean): OpenDocument {
  nextDocumentId += 1;
  const present = refreshDrafts(report);
  return { id: nextDocumentId, history: startHistory(present), path, saved: saved ? present : null };
}

/** The drafts read everything in a report but its sections: an edit of a section alone needs none redrafted. */
function draftsMayChange(before: Report, after: Report): boolean {
  return (Object.keys(after) as (keyof Report)[]).some((key) => key !== 'sections' && before[key] !== after[key]);
}

/** Every edit brings untouched drafts up to date, so history holds reports as they read. */
export function editDocument(document: OpenDocument, next: Report, label: string, options?: EditOptions): OpenDocument {
  const present = document.history.present;
  const refreshed = draftsMayChange(present, next) ? refreshDrafts(next) : next;
  const history = recordEdit(document.history, refreshed, label, options);
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
  return { ...document, path, saved: report };
}

const dirtyCache = new WeakMap<Report, { saved: Report | null; dirty: boolean }>();

export function isDirty(document: OpenDocument): boolean {
  if (document.saved === null) return true;
  const report = document.history.present;
  const cached = dirtyCache.get(report);
  if (cached !== undefined && cached.saved === document.saved) return cached.dirty;
  const dirty = !sameContent(report, document.saved);
  dirtyCache.set(report, { saved: document.saved, dirty });
  return dirty;
}

/** The file's name as the window title shows it, or "Untitled". */
export function documentName(path: string | null): string {
  if (path === null) return 'Untitled';
  return path.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? path;
}
