// What the window and main say to each other about templates: the list the start screen shows,
// where a template is read from, and the answers. Part of the typed Api (shared/api.ts).
import type { DocumentLanguage } from '../i18n/document-language';
import type { Template } from './template-schema';

/** A template main knows: one the app ships (by its id), or one of the person's own (its file name in their templates folder). */
export type TemplateRef = { kind: 'shipped'; id: string } | { kind: 'own'; id: string };

/** A template as the start screen lists it. */
export interface TemplateSummary {
  ref: TemplateRef;
  name: string;
  description: string;
  /** "5 sections · 7 metrics". */
  shape: string;
  /** The language tag its reports are written in ("fr-FR"); null where its file cannot be read. */
  language: string | null;
  /** Why an own template's file cannot be used, or null. */
  problem: string | null;
}

export interface TemplateList {
  kind: 'templates';
  shipped: TemplateSummary[];
  own: TemplateSummary[];
  /** The language the person last chose to see the shipped templates in (kept between starts); null until they choose one. */
  language: DocumentLanguage | null;
}

/** Where a template is read from: the list, a file chosen in main's dialog, or a file main was handed (desktop, command line). */
export type TemplateSource = TemplateRef | { kind: 'file' } | { kind: 'path'; path: string };

export interface OpenedTemplate {
  kind: 'template';
  template: Template;
  /** The template's file where it was read from one (the person's own, or a file chosen anywhere); null for a shipped one. */
  fileName: string | null;
  /** Something the person should know, e.g. that it was brought up to date from an older format. */
  notice: string | null;
}

export interface SaveTemplateRequest {
  template: Template;
  /** Replace the person's own template of the same name; without it, one there is answered with 'exists'. */
  replace: boolean;
}

export interface SavedTemplate {
  kind: 'saved-template';
  path: string;
}

/** The person already has a template of this name: ask before replacing it. */
export interface TemplateExists {
  kind: 'template-exists';
  name: string;
}
