// The window: toolbar, summary, and the report in its sections, in the order it exports. The
// document store owns the open document; every part below reads its own slice of it.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { MenuCommand, RecentReports, TemplateRef, TemplateSummary } from '../shared/api';
import { createReport } from '../shared/report-building';
import { shortcutCommand } from '../shared/keyboard-shortcuts';
import { windowTitle } from '../shared/figure-text';
import { api } from './api';
import { DocumentStore } from './document/document-store';
import { selectDocumentName, selectUnsaved } from './document/selectors';
import { DocumentStoreProvider, useDocument, useUntilDocumentChanges } from './document/use-document';
import { createFileCommands, type StartedFrom, type TemplateOpener } from './files/file-commands';
import { createPeriodCommands } from './files/period-commands';
import { usePeriodDialog } from './files/period-dialog';
import { DropTarget } from './files/drop-target';
import { useRecovery } from './files/use-recovery';
import { focusedSectionHead } from './document/places';
import { StartScreen } from './start/start-screen';
import { useImportFigures } from './import/use-import-figures';
import { useChoiceDialog } from './ui/choice-dialog';
import { NoticeArea, useNotices, type Notices } from './ui/notices';
import { NoteEditorProvider } from './notes/note-editor';
import { moveToRegion } from './ui/regions';
import { editSection, sectionText } from '../shared/section-text';
import { sectionById, sectionOfKind } from '../shared/sections';
import { createTemplateCommands } from './templates/template-commands';
import { useTemplateDialog } from './templates/template-dialog';
import { useTemplateList } from './templates/use-template-list';
import { preferredTemplateLanguage } from './templates/template-language';
import { useReportView } from './report-view-loading';

// The history view and its tables, charts and styles load on first use, not with the window.
const HistoryView = lazy(() => import('./history/history-view'));

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

  const { dialog: periodDialog, askPeriod } = usePeriodDialog();
  // The start screen shows over one document: at launch the blank one, from the File menu the
  // open one (with a way back). Any other document taking the window's place puts it away.
  const [start, setStart] = useState<{ over: number; atLaunch: boolean; focus: 'title' | 'templates' } | null>(() => ({ over: store.getSnapshot().id, atLaunch: true, focus: 'title' }));
  // The report's view loads after the start screen has shown (report-view-loading.ts): until it
  // is in, which is only ever just after launch, the start screen stays.
  const ReportView = useReportView(notices);
  const showingStart = (start !== null && start.over === documentId) || ReportView === null;
  const showStartScreen = useCallback(() => setStart({ over: store.getSnapshot().id, atLaunch: false, focus: 'title' }), [store]);
  // New Report from Template… shows the start screen's templates, where every template is listed.
  const showTemplates = useCallback(() => setStart((shown) => ({ over: store.getSnapshot().id, atLaunch: shown?.atLaunch === true && shown.over === store.getSnapshot().id, focus: 'templates' })), [store]);
  const [startedFrom] = useState<StartedFrom>(() => ({ current: null }));
  const [templateOpener] = useState<TemplateOpener>(() => ({ current: null }));
  const { dialog: templateDialog, askTemplate } = useTemplateDialog();

  // A status line says how the document stood ("Saved to …", "Opened …"): it goes once the
  // document changes, so it never says "Saved" of unsaved work. A file written ("Exported to …",
  // with Show in folder) stays true of its file until another document takes the window.
  useUntilDocumentChanges(status?.busy === false ? status : null, notices.clearStatus, status?.revealPath == null ? 'changed' : 'replaced');
  const recovery = useRecovery(store, ask, notices);
  const commands = useMemo(() => createFileCommands({ store, ask, notices, recovery, startedFrom, templateOpener }), [store, ask, notices, recovery, startedFrom, templateOpener]);
  const periods = useMemo(
    () => createPeriodCommands({ store, notices, askPeriod, files: commands, startedFrom, showStartScreen }),
    [store, notices, askPeriod, commands, startedFrom, showStartScreen],
  );
  const { templates: templateList, templatesChanged } = useTemplateList(showingStart, notices);
  const templates = useMemo(
    () => createTemplateCommands({ store, ask, notices, askPeriod, askTemplate, files: commands, templatesChanged }),
    [store, ask, notices, askPeriod, askTemplate, commands, templatesChanged],
  );
  useEffect(() => {
    templateOpener.current = (templatePath) => templates.newFromTemplate({ kind: 'path', path: templatePath });
  }, [templateOpener, templates]);
  const { importDialog, importFigures } = useImportFigures(store, notices);
  // The history shows over the document it was asked for from; another document puts it away.
  const [historyOver, setHistoryOver] = useState<number | null>(null);
  const showingHistory = historyOver !== null && historyOver === documentId && !showingStart;
  const showHistory = useCallback(() => setHistoryOver(store.getSnapshot().id), [store]);
  const addToOverview = useCallback(
    (paragraph: string) => {
      // The report's overview, wherever its list places it and whatever it is called.
      const overview = sectionOfKind(store.report, 'overview');
      if (overview === undefined) return notices.error('This report has no overview section to add the paragraph to.');
      store.edit('Add the history to the overview', (report) => editSection(report, overview.id, [sectionText(report, overview.id).trim(), paragraph].filter((part) => part !== '').join('\n\n')));
      setHistoryOver(null);
      notices.status(`The history’s paragraph is at the end of “${overview.title.trim()}” (Undo takes it out).`);
    },
    [store, notices],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new':
          return void commands.newReport();
        case 'new-from-template':
          return showTemplates();
        case 'save-as-template':
          return void templates.saveAsTemplate();
        case 'export-template':
          return void templates.exportTemplate();
        case 'open':
          return void commands.open();
        case 'save':
          return void commands.save(false);
        case 'save-as':
          return void commands.save(true);
        case 'export-word':
          return void commands.exportWord();
        case 'import-figures':
          return void importFigures();
        case 'next-period':
          return void periods.nextPeriod();
        case 'compare':
          return void periods.compareWith();
        case 'history':
          return showHistory();
        case 'start-screen':
          return showStartScreen();
        case 'close':
          return void commands.close();
        case 'undo':
        case 'redo':
          // An open cell editor keeps its own typing's undo: the menu's Undo goes to it, as Ctrl+Z does.
          if (store.editorUndo(command)) return;
          return undoKeepingSectionFocus(store, command);
        case 'about':
          return notices.status('Report Desk prepares a periodic service activity report offline and exports it to Word.');
      }
    },
    [commands, periods, templates, store, notices, showStartScreen, showTemplates, importFigures, showHistory],
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

  // Another document starts at its top: after Start Next Period the page is not left in the charts.
  const firstDocument = useRef(documentId);
  useLayoutEffect(() => {
    if (documentId !== firstDocument.current) window.scrollTo({ top: 0, left: 0 });
  }, [documentId]);

  const recent = useRecentReports(showingStart, notices);
  // The start screen shown while the report's view loads is the launch's.
  const atLaunch = start === null || start.over !== documentId || start.atLaunch;
  const startActions = useMemo(
    () => ({
      openRecent: (recentPath: string) => void commands.openPath(recentPath),
      startNextFrom: (recentPath: string) => void periods.nextPeriodFrom(recentPath),
      open: () => void commands.open(),
      chooseAndStartNext: () => void periods.nextPeriodFrom(null),
      newReport: () => void commands.newReport(),
      newFromTemplate: (ref: TemplateRef) => void templates.newFromTemplate(ref),
      chooseTemplateFile: () => void templates.newFromTemplate({ kind: 'file' }),
      removeTemplate: (summary: TemplateSummary) => void templates.removeTemplate(summary),
      ...(atLaunch ? {} : { back: () => setStart(null) }),
    }),
    [commands, periods, templates, atLaunch],
  );

  if (showingStart || ReportView === null) {
    return (
      <div className="app">
        <StartScreen
          recent={recent}
          templates={templateList}
          templateLanguage={preferredTemplateLanguage(store.getSnapshot().history.present.meta.language, atLaunch, recent)}
          actions={startActions}
          focus={start?.focus ?? 'title'}
        />
        <footer className="status-bar">
          <NoticeArea status={status} error={error} onReveal={(revealed) => void commands.reveal(revealed)} onDismissError={dismissError} />
        </footer>
        <DropTarget onDropFile={onDropFile} />
        {dialog}
        {periodDialog}
        {templateDialog}
      </div>
    );
  }

  if (showingHistory) {
    return (
      <div className="app">
        <Suspense fallback={<p role="status">Opening the history…</p>}>
          <HistoryView
            reportPath={path}
            service={historyService(store)}
            wordTemplate={store.report.wordTemplate}
            language={store.report.meta.language}
            notices={notices}
            onClose={() => setHistoryOver(null)}
            onAddToOverview={addToOverview}
          />
        </Suspense>
        <footer className="status-bar">
          <NoticeArea status={status} error={error} onReveal={(revealed) => void commands.reveal(revealed)} onDismissError={dismissError} />
        </footer>
        {dialog}
      </div>
    );
  }

  return (
    <div className="app">
      <ReportView
        documentId={documentId}
        commands={commands}
        periods={periods}
        notices={notices}
        ask={ask}
        onStartScreen={showStartScreen}
        onImportFigures={() => void importFigures()}
        onHistory={showHistory}
        noticeArea={<NoticeArea status={status} error={error} onReveal={(revealed) => void commands.reveal(revealed)} onDismissError={dismissError} />}
      />
      <DropTarget onDropFile={onDropFile} />
      {importDialog}
      {dialog}
      {periodDialog}
      {templateDialog}
    </div>
  );
}

/** Undo or Redo; a section's heading or button that held the focus keeps it, wherever the list draws the section now. */
function undoKeepingSectionFocus(store: DocumentStore, command: 'undo' | 'redo'): void {
  const head = focusedSectionHead();
  if (command === 'undo') store.undo();
  else store.redo();
  if (head !== null && sectionById(store.report, head.section) !== undefined) store.requestFocus({ kind: 'section-head', ...head });
}

/** The open report's service and agreement: the history of "this report" is of it. */
function historyService(store: DocumentStore): { service: string; agreement: string } {
  const { service, agreement } = store.report.meta;
  return { service, agreement };
}

/** The recent reports with their periods, read each time the start screen shows. */
function useRecentReports(shown: boolean, notices: Notices): RecentReports | null {
  const [recent, setRecent] = useState<RecentReports | null>(null);
  // Reading the list takes gone files off it: that is said once, whatever renders meanwhile.
  const latestNotices = useRef(notices);
  useLayoutEffect(() => {
    latestNotices.current = notices;
  });
  useEffect(() => {
    if (!shown) return;
    let current = true;
    setRecent(null);
    api()
      .recentReports()
      .then((listed) => {
        if (listed.removed.length > 0) latestNotices.current.status(`No longer there, so taken off the recent list: ${listed.removed.join(', ')}`);
        if (current) setRecent(listed);
      })
      .catch((error: unknown) => {
        if (!current) return;
        setRecent({ reports: [], removed: [] });
        latestNotices.current.error(`Could not read the recent reports: ${error instanceof Error ? error.message : String(error)}`);
      });
    return () => {
      current = false;
    };
  }, [shown]);
  return recent;
}
