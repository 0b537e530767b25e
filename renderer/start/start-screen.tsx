// The first screen: the usual path (last period's report, then Start next period) in front,
// with Open…, Start next period from… and New report, and the templates to start a new kind of
// report from. Shown at launch and from the File menu (New Report from Template… comes to its templates).
import { useEffect, useRef, type ReactElement } from 'react';
import type { RecentReports, TemplateList } from '../../shared/api';
import type { DocumentLanguage } from '../../shared/i18n/document-language';
import { describeLastChange } from './last-change';
import { StartTemplates, type StartTemplateActions } from './start-templates';

export interface StartScreenActions extends StartTemplateActions {
  openRecent(path: string): void;
  startNextFrom(path: string): void;
  open(): void;
  chooseAndStartNext(): void;
  newReport(): void;
  /** Back to the report the screen was opened over; absent at launch, where there is none. */
  back?: () => void;
}

interface StartScreenProps {
  /** null while the list is read. */
  recent: RecentReports | null;
  /** The shipped templates and the person's own; null while they are read. */
  templates: TemplateList | null;
  /** The language the shipped templates are offered in until the person chooses another. */
  templateLanguage: DocumentLanguage;
  actions: StartScreenActions;
  /** Where the focus goes as the screen shows: its title, or its templates (New Report from Template…). */
  focus: 'title' | 'templates';
}

export function StartScreen({ recent, templates, templateLanguage, actions, focus }: StartScreenProps): ReactElement {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const templatesRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = focus === 'templates' ? templatesRef.current : headingRef.current;
    target?.focus();
    if (focus === 'templates') target?.scrollIntoView({ block: 'start' });
  }, [focus]);
  const { back } = actions;

  useEffect(() => {
    if (back === undefined) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented && window.document.querySelector('dialog[open]') === null) back();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [back]);

  const reports = recent?.reports ?? [];
  return (
    <main className="start-screen" aria-labelledby="start-screen-title">
      <div className="start-screen-inner">
        <h1 id="start-screen-title" ref={headingRef} tabIndex={-1}>
          Report Desk
        </h1>
        <p className="start-screen-lead">Prepare this period&apos;s report: start from last period&apos;s, open one to carry on, or start a new kind of report from a template.</p>
        <section aria-labelledby="start-recent-title" className="start-recent">
          <h2 id="start-recent-title">Recent reports</h2>
          {recent === null ? (
            <p className="start-empty" role="status">
              Reading the recent list…
            </p>
          ) : reports.length === 0 ? (
            <p className="start-empty">No recent reports yet. Open last period&apos;s report, or start a new one.</p>
          ) : (
            <ul className="start-recent-list" aria-label="Recent reports">
              {reports.map((report) => {
                const title = report.title ?? report.name;
                return (
                  <li key={report.path} className="start-recent-item">
                    <button type="button" className="start-recent-open" title={report.path} onClick={() => actions.openRecent(report.path)}>
                      <span className="start-recent-title">{title}</span>
                      <span className="start-recent-period">{report.problem ?? report.period}</span>
                      <span className="start-recent-meta">
                        {report.name} · changed {describeLastChange(report.modified)}
                      </span>
                    </button>
                    {report.problem === null && (
                      <button type="button" className="button button-small" aria-label={`Start next period from ${report.name}`} onClick={() => actions.startNextFrom(report.path)}>
                        Start next period
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <StartTemplates templates={templates} language={templateLanguage} actions={actions} headingRef={templatesRef} />
        <div className="start-actions" role="group" aria-label="Other ways to begin">
          <button type="button" className="button" onClick={actions.open}>
            Open…
          </button>
          <button type="button" className="button" onClick={actions.chooseAndStartNext}>
            Start next period from…
          </button>
          <button type="button" className="button" onClick={actions.newReport}>
            New report
          </button>
          {back !== undefined && (
            <button type="button" className="button" onClick={back}>
              Back to the report
            </button>
          )}
        </div>
      </div>
    </main>
  );
}
