// The templates' part of the Api: the list the start screen shows, reading a template (shipped,
// the person's own, a file chosen in main's dialog, or one the system handed over), keeping one
// in the person's templates folder, exporting one where the person chooses, removing one of
// theirs. Main reads and writes only there, in its dialogs' answers and in files it was handed.
import { mkdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import type { OpenedTemplate, TemplateSource } from '../../shared/templates/template-api-types';
import { TEMPLATE_FILE_EXTENSION, isTemplateFilePath } from '../../shared/templates/template-schema';
import { shippedTemplates } from '../../shared/templates/shipped-templates';
import { nameInMessage } from '../../shared/message-names';
import type { DocumentLanguage } from '../../shared/i18n/document-language';
import { isOwnTemplateId, listOwnTemplates, ownTemplateFileName, readTemplateFile, removeOwnTemplate, saveTemplateFile, shippedSummaries } from './template-files';

export interface TemplatePlatform {
  /** A template file to start a report from, anywhere; null when the person cancels. */
  chooseTemplateFile(): Promise<string | null>;
  /** Where to export a template; null when the person cancels. */
  chooseTemplateExportPath(suggestedPath: string): Promise<string | null>;
  /** The person's own templates: the app's folder for them (template-files.ts, ownTemplatesFolder). */
  templatesDir: string;
  /** The language the start screen offers the shipped templates in, as the person last chose it: kept with the preferences. */
  templateLanguage: TemplateLanguageStore;
}

export interface TemplateLanguageStore {
  read(): DocumentLanguage | null;
  write(language: DocumentLanguage): void;
}

type TemplateHandlers = Pick<ApiHandlers, 'listTemplates' | 'readTemplate' | 'saveTemplate' | 'exportTemplate' | 'removeTemplate' | 'rememberTemplateLanguage'>;

interface TemplateApiParts {
  /** Whether the window may open (and so read) this file: chosen, handed over, or recent. */
  mayOpen(path: string): boolean;
  aboutFile(path: string, failure: string, message: string): string;
  reason(error: unknown): string;
  withExtension(path: string, extension: string): string;
  /** Notes a dialog's answer, whose folder the next dialog is offered. */
  chosen(path: string | null): string | null;
  /** The folder a new file is offered in. */
  folderForNew(): string;
}

type Answer<T> = T | { kind: 'cancelled' } | { kind: 'failed'; message: string };

function migrationNotice(from: number | null): string | null {
  return from === null ? null : `This template was brought up to date from template format ${from}.`;
}

export function createTemplateApi(platform: TemplatePlatform, parts: TemplateApiParts): TemplateHandlers & { exportedTo(path: string): boolean } {
  const { mayOpen, aboutFile, reason } = parts;
  const exportPlaces = new Set<string>();

  const fromFile = async (path: string, fileName: string): Promise<Answer<OpenedTemplate>> => {
    const read = await readTemplateFile(path);
    if (!read.ok) return { kind: 'failed', message: aboutFile(path, 'could not be used as a template', read.message) };
    return { kind: 'template', template: read.template, fileName, notice: migrationNotice(read.migratedFrom) };
  };

  const read = async (source: TemplateSource): Promise<Answer<OpenedTemplate>> => {
    switch (source.kind) {
      case 'shipped': {
        const found = shippedTemplates().find((shipped) => shipped.id === source.id);
        return found === undefined ? { kind: 'failed', message: `Report Desk ships no template "${nameInMessage(source.id)}".` } : { kind: 'template', template: found.template, fileName: null, notice: null };
      }
      case 'own':
        if (!isOwnTemplateId(source.id)) return { kind: 'failed', message: `"${nameInMessage(source.id)}" is not one of your templates.` };
        return fromFile(join(platform.templatesDir, source.id), source.id);
      case 'file': {
        const path = parts.chosen(await platform.chooseTemplateFile());
        return path === null ? { kind: 'cancelled' } : fromFile(path, basename(path));
      }
      case 'path':
        // Refused before the disk is touched, as a report named by the page is.
        if (!isTemplateFilePath(source.path) || !mayOpen(source.path)) {
          return { kind: 'failed', message: `"${nameInMessage(basename(source.path))}" was not read: Report Desk starts reports only from the templates you choose (from the list, with Choose a Template File…, or from your desktop).` };
        }
        return fromFile(source.path, basename(source.path));
    }
  };

  return {
    async listTemplates() {
      return { kind: 'templates', shipped: shippedSummaries(), own: await listOwnTemplates(platform.templatesDir), language: platform.templateLanguage.read() };
    },

    readTemplate: read,

    async saveTemplate({ template, replace }) {
      const path = join(platform.templatesDir, ownTemplateFileName(template.name));
      // A file that is there, readable or not, is the person's: replaced only when they say so.
      if (!replace && (await stat(path).then(() => true, () => false))) {
        const existing = await readTemplateFile(path);
        return { kind: 'template-exists', name: existing.ok ? existing.template.name : template.name };
      }
      try {
        await mkdir(platform.templatesDir, { recursive: true });
        await saveTemplateFile(path, template);
      } catch (error) {
        return { kind: 'failed', message: `The template "${nameInMessage(template.name)}" was not kept: ${reason(error)}` };
      }
      return { kind: 'saved-template', path };
    },

    async exportTemplate(template) {
      const answer = parts.chosen(await platform.chooseTemplateExportPath(join(parts.folderForNew(), ownTemplateFileName(template.name))));
      if (answer === null) return { kind: 'cancelled' };
      const path = parts.withExtension(answer, TEMPLATE_FILE_EXTENSION);
      try {
        await saveTemplateFile(path, template);
      } catch (error) {
        return { kind: 'failed', message: aboutFile(path, 'could not be saved', reason(error)) };
      }
      exportPlaces.add(resolve(path));
      return { kind: 'saved-template', path };
    },

    async removeTemplate(id) {
      try {
        await removeOwnTemplate(platform.templatesDir, id);
      } catch (error) {
        return { kind: 'failed', message: `The template "${nameInMessage(id.replace(/\.rdesk-template$/i, ''))}" was not removed: ${reason(error)}` };
      }
      return { kind: 'done' };
    },

    async rememberTemplateLanguage(language) {
      platform.templateLanguage.write(language);
      return { kind: 'done' };
    },

    exportedTo: (path) => exportPlaces.has(resolve(path)),
  };
}
