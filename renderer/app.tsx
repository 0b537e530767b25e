// The window: toolbar, summary, and the report in its sections, in the order it exports.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { MenuCommand } from '../shared/api';
import type { Report } from '../shared/report-schema';
import { createReport } from '../shared/report-building';
import { api } from './api';
import { useChoiceDialog } from './dialogs/choice-dialog';
import { createFileCommands } from './files/file-commands';
import { DropTarget } from './files/drop-target';
import { NoticeArea, useNotices } from './files/notices';
import { useRecovery } from './files/use-recovery';
import { Toolbar } from './header/toolbar';
import { PROBLEM_SOURCES, ReportSections, type ProblemSource } from './narrative/report-sections';
import { DocumentStore } from './state/document-store';
import { redoLabel, undoLabel } from './state/history';
import { documentName, isDirty } from './state/open-document';
import { shortcutCommand } from '../shared/keyboard-shortcuts';
import { windowTitle } from '../shared/figure-text';
import { useOpenDocument } from './state/use-open-document';
import { ReportSummary } from './summary/report-summary';
import { SummaryStatusLine } from './summary/summary-status-line';
import type { PendingEntry } from './tables/cell-problems';

interface ProblemState {
  documentId: number;
  bySource: Partial<Record<ProblemSource, readonly PendingEntry[]>>;
}

export function App(): ReactElement {
  const [store] = useState(() => new DocumentStore(createReport()));
  const document = useOpenDocument(store);
  const report = document.history.present;
  const name = documentName(document.path);
  const { dialog, ask } = useChoiceDialog();
  const { notices, status, error, dismissError } = useNotices();
  const [problemState, setProblemState] = useState<ProblemState>({ documentId: 0, bySource: {} });
  // Problems belong to the tables of one document; another document starts with none.
  const problems = useMemo(
    () => (problemState.documentId === document.id ? PROBLEM_SOURCES.flatMap((source) => problemState.bySource[source] ?? []) : []),
    [problemState, document.id],
  );
  // An entry still to fix is typed work the file does not hold: closing or replacing must ask.
  const unsaved = isDirty(document) || problems.length > 0;
  const problemsRef = useRef(problems);
  problemsRef.current = problems;

  const recovery = useRecovery(store, ask, notices);
  const commands = useMemo(() => createFileCommands({ store, ask, notices, problems: () => problemsRef.current, recovery }), [store, ask, notices, recovery]);

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
        case 'redo': {
          // A field that keeps its own undo while open (a cell editor) gets the menu's Undo as
          // it gets Ctrl+Z; never the report's under it. Chromium keeps one undo history for the
          // whole page, so the field hands it on only for its own typing: there is some to undo
          // while its text differs from what it opened with, some to redo once typed into.
          const field = window.document.activeElement?.closest<HTMLInputElement>('input[data-own-undo]');
          if (field !== null && field !== undefined) {
            const own = command === 'undo' ? field.value !== field.defaultValue : field.dataset.typed === 'true';
            if (own) window.document.execCommand(command);
            return;
          }
          return command === 'undo' ? store.undo() : store.redo();
        }
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
      // A table cell editor that handled the key itself has said so.
      if (event.defaultPrevented || window.document.querySelector('dialog[open]') !== null) return;
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
      .setDocumentState({ name, path: document.path, dirty: unsaved })
      .catch(() => undefined);
  }, [name, document.path, unsaved]);

  const onEdit = useCallback((next: Report, label: string, coalesceKey?: string) => store.edit(next, label, coalesceKey === undefined ? {} : { coalesceKey }), [store]);
  const onProblemsChange = useCallback(
    (source: ProblemSource, next: PendingEntry[]) =>
      setProblemState((current) => {
        const documentId = store.getSnapshot().id;
        return { documentId, bySource: { ...(current.documentId === documentId ? current.bySource : {}), [source]: next } };
      }),
    [store],
  );
  const onDropFile = useCallback((file: File) => void commands.openDropped(file), [commands]);

  return (
    <div className="app">
      <Toolbar
        commands={commands}
        notices={notices}
        undoLabel={undoLabel(document.history)}
        redoLabel={redoLabel(document.history)}
        onUndo={store.undo}
        onRedo={store.redo}
        documentName={name}
        dirty={unsaved}
      />
      <main className="document" aria-label="Report">
        <ReportSections
          key={document.id}
          report={report}
          onEdit={onEdit}
          onProblemsChange={onProblemsChange}
          ask={ask}
          summary={<ReportSummary report={report} problems={problems} />}
        />
      </main>
      <footer className="status-bar">
        <NoticeArea status={status} error={error} onReveal={(path) => void commands.reveal(path)} onDismissError={dismissError} />
        <SummaryStatusLine report={report} problems={problems} documentId={document.id} />
      </footer>
      <DropTarget onDropFile={onDropFile} />
      {dialog}
    </div>
  );
}
