// The start screen's templates: the ones Report Desk ships and the person's own, each with its
// shape in a line, a new report one click away, and a way to remove one of the person's own.
import type { ReactElement, Ref } from 'react';
import type { TemplateList, TemplateRef, TemplateSummary } from '../../shared/api';

export interface StartTemplateActions {
  newFromTemplate(ref: TemplateRef): void;
  /** A template file chosen anywhere (one a colleague sent). */
  chooseTemplateFile(): void;
  removeTemplate(summary: TemplateSummary): void;
}

function TemplateItem({ summary, actions }: { summary: TemplateSummary; actions: StartTemplateActions }): ReactElement {
  const own = summary.ref.kind === 'own';
  return (
    <li className="start-recent-item">
      {summary.problem === null ? (
        <button type="button" className="start-recent-open" aria-label={`New report from ${summary.name}`} title={summary.description || undefined} onClick={() => actions.newFromTemplate(summary.ref)}>
          <span className="start-recent-title">{summary.name}</span>
          <span className="start-recent-period">{summary.shape}</span>
          {summary.description !== '' && <span className="start-recent-meta">{summary.description}</span>}
        </button>
      ) : (
        <p className="start-recent-open start-template-problem">
          <span className="start-recent-title">{summary.name}</span>
          <span className="start-recent-meta">{summary.problem}</span>
        </p>
      )}
      {own && (
        <button type="button" className="button button-small" aria-label={`Remove the template ${summary.name}`} onClick={() => actions.removeTemplate(summary)}>
          Remove
        </button>
      )}
    </li>
  );
}

export function StartTemplates({ templates, actions, headingRef }: { templates: TemplateList | null; actions: StartTemplateActions; headingRef: Ref<HTMLHeadingElement> }): ReactElement {
  return (
    <section aria-labelledby="start-templates-title" className="start-recent start-templates">
      <h2 id="start-templates-title" ref={headingRef} tabIndex={-1}>
        Start from a template
      </h2>
      {templates === null ? (
        <p className="start-empty" role="status">
          Reading the templates…
        </p>
      ) : (
        <>
          <h3 className="start-templates-heading">Shipped with Report Desk</h3>
          <ul className="start-recent-list" aria-label="Templates shipped with Report Desk">
            {templates.shipped.map((summary) => (
              <TemplateItem key={summary.ref.id} summary={summary} actions={actions} />
            ))}
          </ul>
          <h3 className="start-templates-heading">Your templates</h3>
          {templates.own.length === 0 ? (
            <p className="start-empty">None yet. Shape a report as your agreement asks, then keep its shape with Save as Template… in the File menu.</p>
          ) : (
            <ul className="start-recent-list" aria-label="Your templates">
              {templates.own.map((summary) => (
                <TemplateItem key={summary.ref.id} summary={summary} actions={actions} />
              ))}
            </ul>
          )}
        </>
      )}
      <div className="start-actions">
        <button type="button" className="button" onClick={actions.chooseTemplateFile}>
          Choose a template file…
        </button>
      </div>
    </section>
  );
}
