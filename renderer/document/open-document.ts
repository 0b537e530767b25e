// The open document as a value: its history (and so its report), where it lives on disk and
// what was last saved there. "Dirty" means the report differs from that saved content.
import { isDraftedKind } from '../../shared/section-kinds';
import type { Report, Section } from '../../shared/report-schema';
import { refreshDrafts } from '../../shared/section-text';
import { sameOutline } from '../../shared/sections';
import { recordEdit, redo, startHistory, undo, type EditOptions, type History } from './history';
import { sameContent } from './same-content';

export interface OpenDocument {
  /** Changes whenever another document replaces this one (New, Open, Next period, Restore). */
  id: number;
  history: History;
  path: string | null;
  /** The report as last saved or opened; null for work never saved anywhere. */
  saved: Report | null;
  /**
   * Whether the present report's untouched drafts are still to be brought up to date with its
   * figures (see editDocument): settleDrafts does it, before anything reads them for real.
   */
  draftsPending: boolean;
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
  return { id: nextDocumentId, history: startHistory(present), path, saved: saved ? present : null, draftsPending: false };
}

/**
 * The drafts read everything in a report but the sections' texts (of the list, only its shape:
 * the overview refers to the issues and measures by number or title), so an edit of a section's
 * text alone needs none redrafted.
 */
export function draftsMayChange(before: Report, after: Report): boolean {
  return (Object.keys(after) as (keyof Report)[]).some((key) => (key === 'sections' ? !sameOutline(before.sections, after.sections) : before[key] !== after[key]));
}

/** The present report with its untouched drafts brought up to date, in place: no new undo step. */
export function settleDrafts(document: OpenDocument): OpenDocument {
  if (!document.draftsPending) return document;
  const present = refreshDrafts(document.history.present);
  return { ...document, history: { ...document.history, present }, draftsPending: false };
}

/**
 * Every edit brings untouched drafts up to date. With `drafts: 'later'` an edit of the figures
 * leaves that to settleDrafts (a large report's drafts take milliseconds to write, too many
 * for a keystroke), and a run of such edits never drafts in between: an undo step may then hold
 * a report whose drafts were still to be written, and undo and redo write them as they bring
 * it back. An edit of the sections alone works on drafts as they read, so its caller settles
 * them first (see DocumentStore.edit).
 */
export function editDocument(document: OpenDocument, next: Report, label: string, options?: EditOptions, drafts: 'now' | 'later' = 'now'): OpenDocument {
  const redraft = draftsMayChange(document.history.present, next);
  const base = redraft && drafts === 'later' ? document : settleDrafts(document);
  const recorded = redraft && drafts === 'now' ? refreshDrafts(next) : next;
  const history = recordEdit(base.history, recorded, label, options);
  if (history === base.history) return base;
  return { ...base, history, draftsPending: base.draftsPending || (redraft && drafts === 'later') };
}

/** The report undo or redo brings back, its drafts written if it was left with them pending. */
function restored(document: OpenDocument, history: History): OpenDocument {
  return settleDrafts({ ...document, history, draftsPending: true });
}

export function undoDocument(document: OpenDocument): OpenDocument {
  const history = undo(document.history);
  return history === document.history ? settleDrafts(document) : restored(document, history);
}

export function redoDocument(document: OpenDocument): OpenDocument {
  const history = redo(document.history);
  return history === document.history ? settleDrafts(document) : restored(document, history);
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
  const dirty = document.draftsPending ? !sameAsRead(report, document.saved) : !sameContent(report, document.saved);
  dirtyCache.set(report, { saved: document.saved, dirty });
  return dirty;
}

/**
 * Whether a report whose drafts are pending will read as `saved` once they are written: the
 * drafts follow from everything else, so the same data and the same edited sections are the
 * same report.
 */
function sameAsRead(report: Report, saved: Report): boolean {
  const { sections, ...data } = report;
  const { sections: savedSections, ...savedData } = saved;
  if (!sameContent(data, savedData)) return false;
  return sections.length === savedSections.length && sections.every((section, index) => sameContent(heldPart(section), heldPart(savedSections[index]!)));
}

/** A section as the file holds it for good: an untouched draft's text follows the data, so it does not count. */
function heldPart(section: Section): Section {
  return isDraftedKind(section.kind) && !section.edited ? { ...section, text: '' } : section;
}

/** The file's name as the window title shows it, or "Untitled". */
export function documentName(path: string | null): string {
  if (path === null) return 'Untitled';
  return path.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? path;
}
