// The window: toolbar, summary, and the report in its sections, in the order it exports. The
// document store owns the open document; every part below reads its own slice of it.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { MenuCommand } from '../shared/api';
import { createReport } from '../shared/report-building';
import { shortcutCommand } from '../shared/keyboard-shortcuts';
import { windowTitle } from '../shared/figure-text';
import { api } from './api';
import { DocumentStore } from './document/document-store';
import { selectDocumentName, selectUnsaved } from './document/selectors';
import { DocumentStoreProvider, useDocument, useUntilDocumentChanges } from './document/use-document';
import { createFileCommands } from './files/file-commands';
import { DropTarget } from './files/drop-target';
import { useRecovery } from './files/use-recovery';
import { Toolbar } from './header/toolbar';
import { ReportSections } from './narrative/report-sections';
import { ReportSummary } from './summary/report-summary';
import { SummaryStatusLine } from './summary/summary-status-line';
import { useChoiceDialog } from './ui/choice-dialog';
import { NoticeArea, useNotices } from './ui/notices';
import { NoteEditorProvider } from './notes/note-editor';
import { moveToRegion, SkipLinks } from './ui/regions';

export function App(): ReactElement {
  const [store] = useState(() => new DocumentStore(createReport()));
  return (
    <DocumentStoreProvider store={store}>
      <NoteEditorProvider>
        <ReportWindow store={store} />
      </NoteEditorProvider>
    </DocumentStoreProvider>
  );
}

function ReportWindow({ store }: { store: DocumentStore }): ReactElement {
  const documentId = useDocument((state) => state.document.id);
  const path = useDocument((state) => state.document.path);
  const name = useDocument(selectDocumentName);
  const unsaved = useDocument(selectUnsaved);
  const { dialog, ask } = useChoiceDialog();
  const { notices, status, error, dismissError } = useNotices();
  const summaryRef = useRef<HTMLElement>(null);

  // A status line says how the document stood ("Saved to …", "Opened …"): it goes once the
  // document changes, so it never says "Saved" of unsaved work. A file written ("Exported to …",
  // with Show in folder) stays true of its file until another document takes the window.
  useUntilDocumentChanges(status?.busy === false ? status : null, notices.clear, status?.revealPath == null ? 'changed' : 'replaced');
  const recovery = useRecovery(store, ask, notices);
  const commands = useMemo(() => createFileCommands({ store, ask, notices, recovery }), [store, ask, notices, recovery]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new':
          return void commands.newReport();
        case 'open':
          return void commands.open();
        case 'save':
          return void commands.save(false);
        case 'save-as':
          return void commands.save(true);
        case 'export-word':
          return void commands.exportWord();
        case 'next-period':
          return void commands.nextPeriod();
        case 'close':
          return void commands.close();
        case 'undo':
        case 'redo':
          // An open cell editor keeps its own typing's undo: the menu's Undo goes to it, as Ctrl+Z does.
          if (store.editorUndo(command)) return;
          return command === 'undo' ? store.undo() : store.redo();
        case 'about':
          return notices.status('Report Desk prepares a periodic service activity report offline and exports it to Word.');
      }
    },
    [commands, store, notices],
  );

  useEffect(
    () =>
      api().onAppEvent((event) => {
        if (event.type === 'command') runCommand(event.command);
        else void commands.openPath(event.path);
      }),
    [runCommand, commands],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A cell editor that handled the key itself has said so; a question or dialog keeps its keys.
      if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('dialog') !== null)) return;
      if (event.key === 'F6' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        return moveToRegion(event.shiftKey ? -1 : 1);
      }
      const command = shortcutCommand(event);
      if (command === null) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand]);

  useEffect(() => {
    window.document.title = windowTitle(name, unsaved);
    api()
      .setDocumentState({ name, path, dirty: unsaved })
      .catch(() => undefined);
  }, [name, path, unsaved]);

  const onDropFile = useCallback((file: File) => void commands.openDropped(file), [commands]);

  return (
    <div className="app">
      <SkipLinks />
      <Toolbar commands={commands} notices={notices} />
      <main className="document" aria-label="Report">
        {/* A new document draws anew: folded details, grids' active cells and drafts typed start over. */}
        <ReportSections key={documentId} ask={ask} summary={<ReportSummary panelRef={summaryRef} />} />
      </main>
      <footer className="status-bar">
        <NoticeArea status={status} error={error} onReveal={(revealed) => void commands.reveal(revealed)} onDismissError={dismissError} />
        <SummaryStatusLine summary={summaryRef} documentId={documentId} />
      </footer>
      <DropTarget onDropFile={onDropFile} />
      {dialog}
    </div>
  );
}
