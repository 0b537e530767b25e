// Holds the open document outside React so async commands (save, export, close) always read
// the current one; components subscribe with useSyncExternalStore.
import type { Report } from '../../shared/report-schema';
import type { EditOptions } from './history';
import { editDocument, markSaved, openDocument, redoDocument, undoDocument, type OpenDocument } from './open-document';

export class DocumentStore {
  private document: OpenDocument;
  private readonly listeners = new Set<() => void>();

  constructor(report: Report, private readonly now: () => number = Date.now) {
    this.document = openDocument(report, null, true);
  }

  readonly getSnapshot = (): OpenDocument => this.document;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get report(): Report {
    return this.document.history.present;
  }

  private set(document: OpenDocument): void {
    if (document === this.document) return;
    this.document = document;
    for (const listener of this.listeners) listener();
  }

  readonly edit = (next: Report, label: string, options: Omit<EditOptions, 'at'> = {}): void => {
    this.set(editDocument(this.document, next, label, { ...options, at: this.now() }));
  };

  readonly undo = (): void => this.set(undoDocument(this.document));

  readonly redo = (): void => this.set(redoDocument(this.document));

  /** Another document takes the window's place (New, Open, Next period, Restore). */
  replace(report: Report, path: string | null, saved: boolean): void {
    this.set(openDocument(report, path, saved));
  }

  markSaved(path: string, report: Report): void {
    this.set(markSaved(this.document, path, report));
  }
}
