// The template commands, whichever way they arrive (menu, start screen, a file opened from the
// desktop): a new report from a template, Save as Template…, Export Template…, and removing one
// of the person's own. A new report from a template is new, unsaved work, for the period asked.
import type { TemplateSource, TemplateSummary } from '../../shared/api';
import { describePeriod } from '../../shared/periods';
import { proposeTemplatePeriod, reportFromTemplate, templateFromReport, templateShape } from '../../shared/templates/template-building';
import type { Template } from '../../shared/templates/template-schema';
import { nameInMessage } from '../../shared/message-names';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';
import type { FileCommands } from '../files/file-commands';
import type { AskPeriod } from '../files/period-dialog';
import type { AskChoice } from '../ui/choice-dialog';
import type { Notices } from '../ui/notices';
import type { AskTemplate } from './template-dialog';

export interface TemplateCommands {
  /** A new, unsaved report from a template: one of the list, a file chosen in the dialog, or one the system handed over. */
  newFromTemplate(source: TemplateSource): Promise<void>;
  saveAsTemplate(): Promise<void>;
  exportTemplate(): Promise<void>;
  /** Removes one of the person's own templates, once they confirm; true when it went. */
  removeTemplate(summary: TemplateSummary): Promise<boolean>;
}

interface TemplateCommandDeps {
  store: DocumentStore;
  ask: AskChoice;
  notices: Notices;
  askPeriod: AskPeriod;
  askTemplate: AskTemplate;
  files: Pick<FileCommands, 'mayReplace'>;
  /** The start screen's list changed (a template kept or removed): read it again. */
  templatesChanged(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createTemplateCommands({ store, ask, notices, askPeriod, askTemplate, files, templatesChanged }: TemplateCommandDeps): TemplateCommands {
  /** The template the person shaped from the open report, or null when they cancelled. */
  async function templateOfReport(purpose: 'keep' | 'export'): Promise<Template | null> {
    await store.flushEditors();
    const report = store.report;
    const choices = await askTemplate({ report, purpose });
    return choices === null ? null : templateFromReport(report, choices);
  }

  async function keep(template: Template, replace: boolean): Promise<void> {
    const result = await api().saveTemplate({ template, replace });
    if (result.kind === 'failed') return notices.error(result.message);
    if (result.kind === 'template-exists') {
      const answer = await ask({
        title: 'Replace your template?',
        message: `You already have a template named “${nameInMessage(result.name)}”. Replace it with this one? Reports made from it before keep their shape.`,
        choices: [
          { value: 'cancel', label: 'Cancel', autoFocus: true },
          { value: 'replace', label: 'Replace', primary: true },
        ],
        cancelValue: 'cancel',
      });
      return answer === 'replace' ? keep(template, true) : undefined;
    }
    templatesChanged();
    notices.status(`Saved the template “${nameInMessage(template.name)}” (${templateShape(template)}) among your templates: New Report from Template… and the start screen offer it.`);
  }

  return {
    async newFromTemplate(source) {
      try {
        // Read first: a template that cannot be used must not cost the open work a "Save changes?".
        const read = await api().readTemplate(source);
        if (read.kind === 'cancelled') return;
        if (read.kind === 'failed') return notices.error(read.message);
        const { template } = read;
        const months = template.details.months;
        const proposal = { ...proposeTemplatePeriod(months, new Date()), months };
        const period = await askPeriod({
          from: template.name,
          last: proposal,
          proposal,
          language: template.details.language,
          wording: {
            title: `New report from “${nameInMessage(template.name)}”`,
            message: `${templateShape(template)}, no figures yet. The report is new: it is saved only when you save it${read.fileName === null ? '' : `, and ${read.fileName} stays as it was`}.`,
            action: 'Create report',
          },
        });
        if (period === null || !(await files.mayReplace())) return;
        store.replace(reportFromTemplate(template, period), null, false);
        const notice = read.notice === null ? '' : ` ${read.notice}`;
        notices.status(`New report from the template “${nameInMessage(template.name)}” for ${describePeriod({ period })}: fill in the figures, and review the text the template gave each section.${notice}`);
      } catch (error) {
        notices.error(`Could not start a report from the template: ${messageOf(error)}`);
      }
    },

    async saveAsTemplate() {
      try {
        const template = await templateOfReport('keep');
        if (template !== null) await keep(template, false);
      } catch (error) {
        notices.error(`Could not save the template: ${messageOf(error)}`);
      }
    },

    async exportTemplate() {
      try {
        const template = await templateOfReport('export');
        if (template === null) return;
        const result = await api().exportTemplate(template);
        if (result.kind === 'cancelled') return;
        if (result.kind === 'failed') return notices.error(result.message);
        notices.status(`Exported the template “${nameInMessage(template.name)}” to ${result.path}`, result.path);
      } catch (error) {
        notices.error(`Could not export the template: ${messageOf(error)}`);
      }
    },

    async removeTemplate(summary) {
      if (summary.ref.kind !== 'own') return false;
      const answer = await ask({
        title: 'Remove this template?',
        message: `“${nameInMessage(summary.name)}” goes from your templates. Reports made from it keep their shape; a copy exported elsewhere stays there.`,
        choices: [
          { value: 'cancel', label: 'Cancel', autoFocus: true },
          { value: 'remove', label: 'Remove', primary: true },
        ],
        cancelValue: 'cancel',
        alert: true,
      });
      if (answer !== 'remove') return false;
      try {
        const result = await api().removeTemplate(summary.ref.id);
        if (result.kind === 'failed') {
          notices.error(result.message);
          return false;
        }
        templatesChanged();
        notices.status(`Removed the template “${nameInMessage(summary.name)}”.`);
        return true;
      } catch (error) {
        notices.error(`Could not remove the template: ${messageOf(error)}`);
        return false;
      }
    },
  };
}
