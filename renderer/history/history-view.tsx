// The service's history, a view of its own over the window: choose the reports (files, a
// folder, or this report and the ones before it), see which were found and which do not belong
// before they are read in, then the history itself, its exports and its paragraph for the
// overview. Loaded on first use (React.lazy), not with the window.
import { useCallback, useId, useState, type ReactElement } from 'react';
import type { HistoryExportFormat } from '../../shared/api';
import type { ReportWordTemplate } from '../../shared/report-schema';
import type { HistoryService } from '../../shared/history/history-periods';
import type { ServiceHistory } from '../../shared/history/service-history';
import { allMissRuns, describeRun, historyParagraph, type MissRun } from '../../shared/history/history-facts';
import { countOf } from '../../shared/words';
import { documentWords } from '../../shared/i18n/document-words';
import { api } from '../api';
import type { Notices } from '../ui/notices';
import { useHistoryReading } from './use-history-reading';
import { HistoryMonthGrid } from './history-month-grid';
import { HistoryEffortTable, HistoryPeriodTable } from './history-tables';
import { HistoryNotesList } from './history-notes-list';
import { HistoryJoinsPanel } from './history-joins-panel';
import { HistoryCharts } from './history-charts';
import './history.css';

export interface HistoryViewProps {
  /** The open report's file, for "this report and the ones before it"; null when it has none. */
  reportPath: string | null;
  /** The open report's service: the history of "this report" is of it. */
  service: HistoryService;
  notices: Notices;
  onClose: () => void;
  /** Puts the paragraph at the end of the open report's overview (one undo step). */
  onAddToOverview: (paragraph: string) => void;
  /** The open report's Word template: the annex wears it, as the report's own export does. */
  wordTemplate: ReportWordTemplate | null;
  /** The open report's language: the paragraph goes into its overview, so it is written in it. */
  language: string;
}

function Chooser({ reportPath, reading, onRead }: { reportPath: string | null; reading: boolean; onRead: ReturnType<typeof useHistoryReading>['read'] }): ReactElement {
  const [subfolders, setSubfolders] = useState(false);
  const subfoldersId = useId();
  return (
    <section className="history-card" aria-labelledby="history-choose">
      <h2 id="history-choose">Reports to read together</h2>
      <p className="history-lead">Every report of the service, read in period order: its figures over the years, its misses and what was done about them.</p>
      <div className="history-actions">
        <button type="button" className="button button-primary" disabled={reportPath === null || reading} onClick={() => reportPath !== null && void onRead({ kind: 'report-and-earlier', path: reportPath })}>
          This report and the ones before it
        </button>
        <button type="button" className="button" disabled={reading} onClick={() => void onRead({ kind: 'files' })}>
          Choose reports…
        </button>
        <button type="button" className="button" disabled={reading} onClick={() => void onRead({ kind: 'folder', subfolders })}>
          Choose a folder…
        </button>
        <span className="history-check">
          <input id={subfoldersId} type="checkbox" checked={subfolders} onChange={(event) => setSubfolders(event.target.checked)} />
          <label htmlFor={subfoldersId}>Include sub-folders</label>
        </span>
      </div>
      {reportPath === null && <p className="history-muted">Save this report to read it with the ones before it.</p>}
      {reading && <p role="status">Reading the reports…</p>}
    </section>
  );
}

function FoundReports({ history }: { history: ServiceHistory }): ReactElement {
  return (
    <div className="history-found">
      <h3>{countOf(history.periods.length, 'period', 'periods')}, in order</h3>
      <ol aria-label="Periods read">
        {history.periods.map((period) => (
          <li key={period.file.path}>
            <strong>{period.name}</strong> <span className="history-muted">{period.file.name}</span>
          </li>
        ))}
      </ol>
      {history.missing.length > 0 && (
        <p className="history-missing">
          <strong>No report for</strong> {history.missing.map((gap) => gap.name).join('; ')}: a gap in every series.
        </p>
      )}
      {history.leftOut.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul aria-label="Left out">
            {history.leftOut.map((file) => (
              <li key={file.path} className="history-left-out">
                <strong>{file.name}</strong> {file.message}.
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The runs listed, longest first: a dozen, then all of them when asked, as the summary lists its items. */
const RUNS_SHOWN = 12;

function MissRuns({ runs }: { runs: readonly MissRun[] }): ReactElement {
  const [all, setAll] = useState(false);
  if (runs.length === 0) return <p className="history-empty">No metric missed its target two months in a row.</p>;
  const shown = all ? runs : runs.slice(0, RUNS_SHOWN);
  return (
    <>
      <ul aria-label="Runs of misses" className="history-runs">
        {shown.map((run) => (
          <li key={`${run.series.id}-${run.first.key}`}>{describeRun(run)}.</li>
        ))}
      </ul>
      {shown.length < runs.length && (
        <button type="button" className="button button-small" onClick={() => setAll(true)}>
          Show all {runs.length} runs
        </button>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactElement | ReactElement[] }): ReactElement {
  return (
    <section className="history-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export default function HistoryView({ reportPath, service, notices, onClose, onAddToOverview, wordTemplate, language }: HistoryViewProps): ReactElement {
  const { state, read, changeJoins, again, show } = useHistoryReading(service, notices);
  const history = state.state === 'read' ? state.history : null;

  const exportAs = useCallback(
    async (format: HistoryExportFormat) => {
      if (state.state !== 'read') return;
      const { files } = state;
      const place = await api().chooseHistoryExportPath({ format, service: files.service.service });
      if (place.kind === 'cancelled') return;
      notices.busy(format === 'csv' ? 'Writing the CSV…' : 'Exporting the annex…');
      const answer = await api().exportHistory({ ...files.service, joins: state.history.joins, format, paths: files.files.map((file) => file.path), path: place.path, wordTemplate });
      if (answer.kind === 'failed') notices.error(answer.message);
      else notices.status(answer.notice === undefined ? `Exported to ${answer.path}` : `Exported to ${answer.path}. ${answer.notice}`, answer.path);
    },
    [state, notices, wordTemplate],
  );

  const paragraph = history === null ? '' : historyParagraph(history, documentWords(language));
  const runs = history === null ? [] : allMissRuns(history);
  return (
    <div className="history-view">
      <header className="history-header">
        <div>
          <h1>{history === null ? 'Service history' : `History of ${history.service.trim() || 'the service'}`}</h1>
          {history !== null && history.periods.length > 0 && (
            <p className="history-muted">
              {[history.agreement.trim(), `${countOf(history.periods.length, 'period', 'periods')}, ${history.periods[0]!.name} to ${history.periods.at(-1)!.name}`].filter((part) => part !== '').join(' · ')}
            </p>
          )}
        </div>
        <div className="history-actions">
          {state.state === 'read' && state.shown && (
            <>
              <button type="button" className="button" onClick={() => void exportAs('docx')}>
                Export annex to Word…
              </button>
              <button type="button" className="button" onClick={() => void exportAs('csv')}>
                Export CSV…
              </button>
            </>
          )}
          <button type="button" className="button" onClick={onClose}>
            Back to the report
          </button>
        </div>
      </header>
      {state.state === 'choosing' && <Chooser reportPath={reportPath} reading={state.reading} onRead={read} />}
      {state.state === 'read' && (
        <Section id="history-found" title="Reports found">
          <FoundReports history={state.history} />
          <div className="history-actions">
            {!state.shown && (
              <button type="button" className="button button-primary" disabled={state.history.periods.length === 0} onClick={show}>
                Read them into the history
              </button>
            )}
            <button type="button" className="button" onClick={again}>
              Choose other reports
            </button>
          </div>
        </Section>
      )}
      {state.state === 'read' && state.shown && history !== null && (
        <>
          <Section id="history-names" title="Names that changed">
            <HistoryJoinsPanel history={history} onJoinsChange={changeJoins} />
          </Section>
          <Section id="history-paragraph" title="For the overview">
            <p className="history-paragraph">{paragraph === '' ? 'No month of these periods was checked against a target.' : paragraph}</p>
            <div className="history-actions">
              <button type="button" className="button" disabled={paragraph === ''} onClick={() => onAddToOverview(paragraph)}>
                Add to the overview
              </button>
            </div>
          </Section>
          <Section id="history-months" title="Month by month">
            <HistoryMonthGrid history={history} />
          </Section>
          <Section id="history-runs" title="Consecutive misses">
            <MissRuns runs={runs} />
          </Section>
          <Section id="history-periods" title="Period by period">
            <HistoryPeriodTable history={history} />
          </Section>
          <Section id="history-charts" title="Over the years">
            <HistoryCharts history={history} />
          </Section>
          <Section id="history-effort" title="Effort">
            <HistoryEffortTable history={history} />
          </Section>
          <Section id="history-notes" title="Issues and measures">
            <HistoryNotesList history={history} />
          </Section>
        </>
      )}
    </div>
  );
}
