// What the File commands do, whichever way they arrive (toolbar, keyboard, menu, drop):
// New, Open, Save, Export, Next period and Close, each asking before unsaved work is lost.
import type { Report } from '../../shared/report-schema';
import { createReport } from '../../shared/report-building';
import { api } from '../api';
import type { Recovery } from './use-recovery';
import { isReportFilePath, notAReportFileMessage } from '../../shared/report-constants';
import { isTemplateFilePath } from '../../shared/templates/template-marker';
import type { DocumentStore } from '../document/document-store';
import { entriesToFixCount, pendingEntryLine } from '../document/entries-to-fix';
import { documentName, isDirty } from '../document/open-document';
import { selectPendingEntries } from '../document/selectors';
import { exportDespiteChartLimit, exportDespitePrompts } from '../export/prompts-question';
import { exportWithProgress } from '../export/export-progress';
import { exportDespiteTemplate } from '../export/template-question';
import type { AskChoice } from '../ui/choice-dialog';
import type { Notices } from '../ui/notices';
import { nameInMessage } from '../../shared/message-names';

export interface FileCommands {
  newReport(): Promise<void>;
  open(): Promise<void>;
  openPath(path: string): Promise<void>;
  openDropped(file: File): Promise<void>;
  /** True once the report is on disk. */
  save(saveAs?: boolean): Promise<boolean>;
  exportWord(): Promise<void>;
  close(): Promise<void>;
  /** True when the open work may be replaced: saved, nothing to lose, or the person let it go (asking if need be). */
  mayReplace(): Promise<boolean>;
  reveal(path: string): Promise<void>;
}

interface FileCommandDeps {
  store: DocumentStore;
  ask: AskChoice;
  notices: Notices;
  /** The recovery draft, written at once before a close asks about unsaved work. */
  recovery: Recovery;
  /** The file the open document's period was started from, if it was: Save offers its folder. */
  startedFrom: StartedFrom;
  /** A template file handed over (desktop, command line, a drop) starts a new report from it; set by the window. */
  templateOpener: TemplateOpener;
}

/** What starts a new report from a template file the system handed over (renderer/templates). */
export interface TemplateOpener {
  current: ((path: string) => Promise<void>) | null;
}

/** Which document was started from which file (Start Next Period); set by the period commands. */
export interface StartedFrom {
  current: { documentId: number; path: string } | null;
}

/** "Exported to …", in the Word template where the report has one, or why the app's own look was used. */
function exportedLine(path: string, report: Report, notice: string | undefined): string {
  if (notice !== undefined) return `Exported to ${path}. ${notice}`;
  return report.wordTemplate === null ? `Exported to ${path}` : `Exported to ${path} in the Word template ${nameInMessage(report.wordTemplate.fileName)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createFileCommands({ store, ask, notices, recovery, startedFrom, templateOpener }: FileCommandDeps): FileCommands {
  const currentName = (): string => documentName(store.getSnapshot().path);
  // Typed entries held back because they are not valid yet: unsaved work, named before a save or an export.
  const pendingEntries = () => selectPendingEntries(store.getState());

  /** Invalid entries are not in the report: say what the file or the export holds there instead. */
  async function goOnDespitePending(action: 'save' | 'export'): Promise<boolean> {
    const pending = pendingEntries();
    if (pending.length === 0) return true;
    const one = pending.length === 1;
    const where = action === 'save' ? 'the saved file' : 'the Word document';
    const answer = await ask({
      title: entriesToFixCount(pending.length),
      message: `What was typed stays in the report window; ${where} holds what was there before:`,
      details: pending.map((entry) => pendingEntryLine(entry, where)),
      choices: [
        { value: 'cancel', label: 'Cancel and fix', autoFocus: true },
        { value: 'go-on', label: `${action === 'save' ? 'Save' : 'Export'} without ${one ? 'it' : 'them'}`, primary: true },
      ],
      cancelValue: 'cancel',
      alert: true,
    });
    return answer === 'go-on';
  }

  /** A read-only file was not saved over: Save As… keeps the work under another name. */
  async function offerSaveAs(message: string): Promise<boolean> {
    const answer = await ask({
      title: 'The report is read-only',
      message,
      choices: [
        { value: 'cancel', label: 'Cancel' },
        { value: 'save-as', label: 'Save As…', primary: true, autoFocus: true },
      ],
      cancelValue: 'cancel',
      alert: true,
    });
    return answer === 'save-as' && saveNow(true);
  }

  async function saveNow(saveAs: boolean): Promise<boolean> {
    // What is still being typed goes in first, as leaving its field would commit it.
    await store.flushEditors();
    if (!(await goOnDespitePending('save'))) return false;
    const report = store.report;
    const { path, id } = store.getSnapshot();
    const origin = startedFrom.current?.documentId === id ? startedFrom.current.path : null;
    notices.busy('Saving…');
    try {
      const result = await api().saveReport({ report, path, saveAs, startedFrom: origin });
      if (result.kind === 'cancelled') {
        notices.clear();
        return false;
      }
      if (result.kind === 'failed') {
        notices.error(result.message);
        return result.offerSaveAs === true ? offerSaveAs(result.message) : false;
      }
      store.markSaved(result.path, report);
      notices.status(`Saved to ${result.path}`);
      await api().clearRecoveryDraft();
      return true;
    } catch (error) {
      notices.error(`Could not save: ${messageOf(error)}`);
      return false;
    }
  }

  // The save under way: Ctrl+S pressed again meanwhile waits for it rather than start a second
  // save racing it, and saves again only what changed since.
  let running: Promise<boolean> | null = null;

  async function save(saveAs = false): Promise<boolean> {
    while (running !== null) {
      const earlier = await running;
      if (!earlier || saveAs || !isDirty(store.getSnapshot())) return earlier;
    }
    running = saveNow(saveAs);
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  /** True when the open work may be replaced: saved, nothing to lose, or the person let it go. */
  async function mayReplace(): Promise<boolean> {
    await store.flushEditors();
    if (!isDirty(store.getSnapshot()) && pendingEntries().length === 0) return true;
    const choice = await api().confirmUnsavedChanges(currentName());
    if (choice === 'cancel') return false;
    if (choice === 'save') return save(false);
    // The recovery copy stays until the work is really replaced (the replacement may yet fail);
    // the recovery hook clears it once the new document is clean, and close() on closing.
    return true;
  }

  function show(report: Report, path: string, notice: string | null): void {
    store.replace(report, path, true);
    notices.status(notice ?? `Opened ${documentName(path)}`);
  }

  async function openPath(path: string): Promise<void> {
    // A template opened from the desktop starts a new report from it, as New Report from Template… does.
    if (isTemplateFilePath(path) && templateOpener.current !== null) return templateOpener.current(path);
    // A file that cannot be opened must not cost the open work a "Save changes?" first.
    if (!isReportFilePath(path)) {
      notices.error(notAReportFileMessage(documentName(path)));
      return;
    }
    if (!(await mayReplace())) return;
    try {
      const result = await api().openReportAt(path);
      if (result.kind === 'failed') notices.error(result.message);
      else show(result.report, result.path, result.notice);
    } catch (error) {
      notices.error(`Could not open ${path}: ${messageOf(error)}`);
    }
  }

  return {
    async newReport() {
      if (!(await mayReplace())) return;
      store.replace(createReport(), null, true);
      notices.status('New report. Fill in the details, the effort and the figures.');
    },

    async open() {
      if (!(await mayReplace())) return;
      try {
        const result = await api().openReport();
        if (result.kind === 'failed') notices.error(result.message);
        else if (result.kind === 'opened') show(result.report, result.path, result.notice);
      } catch (error) {
        notices.error(`Could not open the report: ${messageOf(error)}`);
      }
    },

    openPath,

    async openDropped(file) {
      const path = api().pathOfDroppedFile(file);
      if (path === null) {
        notices.error(`Could not open ${file.name}: Report Desk cannot tell where the dropped file is. Use Open instead.`);
        return;
      }
      await openPath(path);
    },

    save,

    async exportWord() {
      await store.flushEditors();
      if (!(await goOnDespitePending('export'))) return;
      if (!(await exportDespitePrompts(ask, store, store.report))) return;
      if (!(await exportDespiteChartLimit(ask, store.report))) return;
      if (!(await exportDespiteTemplate(ask, store, notices))) return;
      const report = store.report;
      try {
        const place = await api().chooseWordExportPath({ title: report.meta.title, period: report.meta.period, reportPath: store.getSnapshot().path });
        if (place.kind === 'cancelled') return;
        // Only now, with the dialog closed, is there something to wait for.
        const result = await exportWithProgress(notices, report, place.path);
        if (result.kind === 'failed') notices.error(result.message);
        else if (result.kind === 'cancelled') notices.status(`Export to ${documentName(place.path)} cancelled: nothing was written.`);
        else notices.status(exportedLine(result.path, report, result.notice), result.path);
      } catch (error) {
        notices.error(`Could not export to Word: ${messageOf(error)}`);
      }
    },

    async close() {
      // A quit may end the app: the draft holds the work (what is being typed included) before the question is asked.
      await store.flushEditors();
      await recovery.flush();
      if (!(await mayReplace())) return;
      await api().clearRecoveryDraft();
      await api().closeWindow();
    },

    mayReplace,

    async reveal(path) {
      try {
        await api().showInFolder(path);
      } catch (error) {
        notices.error(`Could not show ${path} in its folder: ${messageOf(error)}`);
      }
    },
  };
}
