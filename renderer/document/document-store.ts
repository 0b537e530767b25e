// The one owner of the open document: its report and history, the entries still to fix, the
// editors open on it, and where the person is to be taken next. It lives outside React so
// commands (save, export, close) always read the current state; components read slices of it
// through selectors (use-document.ts) and change it with updaters, never with a report they
// hold, so no edit can carry stale data.
import type { Report } from '../../shared/report-schema';
import type { EditOptions } from './history';
import { draftsMayChange, editDocument, markSaved, openDocument, redoDocument, settleDrafts, undoDocument, type OpenDocument } from './open-document';
import type { EntryToFix } from './entries-to-fix';
import type { FocusTarget } from './places';

/** Makes the next report from the current one; returning it unchanged is no edit. */
export type ReportUpdate = (report: Report) => Report;

/** A request to take the person somewhere; the component that owns the target settles it. */
export interface FocusRequest {
  id: number;
  target: FocusTarget;
}

export interface DocumentState {
  readonly document: OpenDocument;
  /** Entries kept as typed because they are not valid yet, by the DOM id of their place. */
  readonly entries: ReadonlyMap<string, EntryToFix>;
  readonly focusRequest: FocusRequest | null;
}

/**
 * A field whose typing is not in the report until it commits (a cell editor, Planned PM, the
 * number of months). Commands flush every open editor before they read the report.
 */
export interface OpenEditor {
  /** Commits what is typed as leaving the field would; a promise while it asks first (shortening the period). */
  flush(): void | Promise<unknown>;
  /** Undo or redo of the editor's own typing, which it keeps apart from the report's history. */
  undoTyping?(command: 'undo' | 'redo'): void;
}

const NO_ENTRIES: ReadonlyMap<string, EntryToFix> = new Map();

/** Runs a task once the window is idle; returns what cancels it. */
export type IdleScheduler = (task: () => void) => () => void;

const whenIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  // The timeout bounds the wait while the person keeps typing.
  const handle = requestIdleCallback(task, { timeout: 300 });
  return () => cancelIdleCallback(handle);
};

export class DocumentStore {
  private state: DocumentState;
  private readonly listeners = new Set<() => void>();
  private readonly editors = new Set<OpenEditor>();
  private nextRequestId = 1;
  private cancelDrafting: (() => void) | null = null;

  constructor(
    report: Report,
    private readonly now: () => number = Date.now,
    private readonly scheduleIdle: IdleScheduler = whenIdle,
  ) {
    this.state = { document: openDocument(report, null, true), entries: NO_ENTRIES, focusRequest: null };
  }

  /**
   * The state as components read it. Just after an edit of the figures, untouched drafts may
   * still read as before it for a moment: they are brought up to date once the window is idle.
   */
  readonly getState = (): DocumentState => this.state;

  /** The open document alone (report, history, path, saved content); its drafts may be pending (see getState). */
  readonly getSnapshot = (): OpenDocument => this.state.document;

  /** The report as it reads, drafts and all: what commands save, export and hand on. */
  get report(): Report {
    this.settleDrafts();
    return this.state.document.history.present;
  }

  /** Brings the drafts up to date now, if an edit left them for later. */
  readonly settleDrafts = (): void => {
    if (!this.state.document.draftsPending) return;
    this.cancelDrafting?.();
    this.cancelDrafting = null;
    this.set({ document: settleDrafts(this.state.document) });
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(changes: Partial<DocumentState>): void {
    const next = { ...this.state, ...changes };
    if ((Object.keys(changes) as (keyof DocumentState)[]).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** One undoable step named `label` ("Edit M3 Availability"); keystrokes in one field may share a `coalesceKey`. */
  readonly edit = (label: string, update: ReportUpdate, options: Omit<EditOptions, 'at'> = {}): void => {
    // An edit of the figures goes on the report as it is, its drafts still pending or not: it
    // changes what they are drafted from anyway, and writing them now would cost the keystroke.
    let current = this.state.document.history.present;
    let next = update(current);
    if (next === current) return;
    if (this.state.document.draftsPending && !draftsMayChange(current, next)) {
      // An edit of the sections alone reads their text: it goes on the drafts as they read.
      current = this.report;
      next = update(current);
      if (next === current) return;
    }
    this.set({ document: editDocument(this.state.document, next, label, { ...options, at: this.now() }, 'later') });
    if (this.state.document.draftsPending && this.cancelDrafting === null) {
      this.cancelDrafting = this.scheduleIdle(() => {
        this.cancelDrafting = null;
        this.settleDrafts();
      });
    }
  };

  readonly undo = (): void => this.set({ document: undoDocument(this.state.document) });

  readonly redo = (): void => this.set({ document: redoDocument(this.state.document) });

  /** Another document takes the window's place (New, Open, Next period, Restore): nothing typed in the old one carries over. */
  replace(report: Report, path: string | null, saved: boolean): void {
    this.cancelDrafting?.();
    this.cancelDrafting = null;
    this.set({ document: openDocument(report, path, saved), entries: NO_ENTRIES, focusRequest: null });
  }

  markSaved(path: string, report: Report): void {
    this.set({ document: markSaved(this.state.document, path, report) });
  }

  /** An entry typed at its place that is not valid: kept until fixed, in place of any earlier one there. */
  readonly keepEntry = (entry: EntryToFix): void => this.settleEntries([entry.cellId], [entry]);

  /** The entry at a place is settled (fixed, cleared, or the edit given up). */
  readonly dropEntry = (cellId: string): void => this.settleEntries([cellId], []);

  /** Entries at `cellIds` are settled; `added` are kept (a paste settles some cells and leaves others to fix). */
  readonly settleEntries = (cellIds: readonly string[], added: readonly EntryToFix[]): void => {
    const current = this.state.entries;
    if (added.length === 0 && cellIds.every((cellId) => !current.has(cellId))) return;
    const next = new Map(current);
    for (const cellId of cellIds) next.delete(cellId);
    for (const entry of added) next.set(entry.cellId, entry);
    this.set({ entries: next });
  };

  /** Registers an editor while it is open; the returned function unregisters it. */
  readonly openEditor = (editor: OpenEditor): (() => void) => {
    this.editors.add(editor);
    return () => this.editors.delete(editor);
  };

  /**
   * Commits what every open editor holds, at once: the report, its drafts and the entries are
   * current as soon as this returns. It resolves after any question an editor asked has been
   * answered. Commands call it before they read the document.
   */
  async flushEditors(): Promise<void> {
    const questions = [...this.editors].map((editor) => editor.flush()).filter((outcome) => outcome instanceof Promise);
    this.settleDrafts();
    await Promise.allSettled(questions);
    this.settleDrafts();
  }

  /** Undo and Redo go to an open editor that keeps its own typing's history; false when there is none. */
  editorUndo(command: 'undo' | 'redo'): boolean {
    const editor = [...this.editors].find((candidate) => candidate.undoTyping !== undefined);
    if (editor?.undoTyping === undefined) return false;
    editor.undoTyping(command);
    return true;
  }

  /** Takes the person to a target; the component showing it focuses it and settles the request. */
  readonly requestFocus = (target: FocusTarget): void => {
    this.set({ focusRequest: { id: this.nextRequestId++, target } });
  };

  readonly settleFocusRequest = (id: number): void => {
    if (this.state.focusRequest?.id === id) this.set({ focusRequest: null });
  };
}
