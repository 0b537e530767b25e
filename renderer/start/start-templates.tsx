// The start screen's templates: the ones Report Desk ships, in the language chosen (the one the
// person last chose, kept between starts; until then their reports' language), and the person's
// own, in whatever language each is written, each with its shape (and, for their own, its language)
// in a line, a new report one click away, and a way to remove one of the person's own.
import { useId, useState, type ReactElement, type Ref } from 'react';
import type { TemplateList, TemplateRef, TemplateSummary } from '../../shared/api';
import { api } from '../api';
import { DOCUMENT_LANGUAGES, documentLanguage, languageNames, type DocumentLanguage } from '../../shared/i18n/document-language';

export interface StartTemplateActions {
  newFromTemplate(ref: TemplateRef): void;
  /** A template file chosen anywhere (one a colleague sent). */
  chooseTemplateFile(): void;
  removeTemplate(summary: TemplateSummary): void;
}

function TemplateItem({ summary, actions }: { summary: TemplateSummary; actions: StartTemplateActions }): ReactElement {
  const own = summary.ref.kind === 'own';
  // The person's own are listed whatever their language: each says which (the shipped ones are listed by it).
  const language = own && summary.language !== null ? templateLanguageName(summary.language) : null;
  return (
    <li className="start-recent-item">
      {summary.problem === null ? (
        <button
          type="button"
          className="start-recent-open"
          aria-label={`New report from ${summary.name}${language === null ? '' : `, written in ${language}`}`}
          title={summary.description || undefined}
          onClick={() => actions.newFromTemplate(summary.ref)}
        >
          <span className="start-recent-title">{summary.name}</span>
          <span className="start-recent-period">
            {summary.shape}
            {language !== null && ` · ${language}`}
          </span>
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

/** "Français (French)": a language as its writers name it, and as the window's English does. */
function languageLabel(language: DocumentLanguage): string {
  const { english, own } = languageNames(language);
  const named = own.charAt(0).toLocaleUpperCase(language) + own.slice(1);
  return named === english ? english : `${named} (${english})`;
}

/**
 * A template's language as the list says it: "Français (French)" for a language the app writes
 * (as the "Written in" choice names it), "Spanish" for another, whose reports Word spell-checks in it.
 */
function templateLanguageName(tag: string): string {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  if ((DOCUMENT_LANGUAGES as readonly string[]).includes(primary)) return languageLabel(documentLanguage(primary));
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(primary) ?? tag;
  } catch {
    // A tag Intl does not take (the file is the person's): shown as written.
    return tag;
  }
}

interface StartTemplatesProps {
  templates: TemplateList | null;
  /** The language the shipped templates are offered in until the person has chosen one (their choice is kept in the list). */
  language: DocumentLanguage;
  actions: StartTemplateActions;
  headingRef: Ref<HTMLHeadingElement>;
}

export function StartTemplates({ templates, language, actions, headingRef }: StartTemplatesProps): ReactElement {
  const id = useId();
  const [chosen, setChosen] = useState<DocumentLanguage | null>(null);
  const shown = chosen ?? templates?.language ?? language;
  function choose(next: DocumentLanguage): void {
    setChosen(next);
    // Kept for the next start. A preference that could not be written costs the person nothing now: nothing to say.
    api()
      .rememberTemplateLanguage(next)
      .catch(() => undefined);
  }
  const shipped = templates?.shipped.filter((summary) => documentLanguage(summary.language ?? '') === shown) ?? [];
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
          <div className="start-templates-shipped-heading">
            <h3 className="start-templates-heading">Shipped with Report Desk</h3>
            <label className="start-templates-language" htmlFor={`${id}-language`}>
              Written in
            </label>
            <select id={`${id}-language`} value={shown} onChange={(event) => choose(event.target.value as DocumentLanguage)}>
              {DOCUMENT_LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {languageLabel(option)}
                </option>
              ))}
            </select>
          </div>
          <ul className="start-recent-list" aria-label="Templates shipped with Report Desk">
            {shipped.map((summary) => (
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
