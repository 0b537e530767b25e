// The new command: a new report from a template, named (one Report Desk ships, in any of its
// languages, or one of the person's own, case and accents aside) or given as a file, in the
// language --language asks for. Loaded only when it runs; nothing is written unless the template
// reads and --out is free (or --force says to replace it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describePeriod } from '../shared/periods';
import { choosePeriod } from '../shared/period-choice';
import { findPrompts, promptsLine } from '../shared/draft-prompts';
import { proposeTemplatePeriod, reportFromTemplate, templateShape, templatesNamed } from '../shared/templates/template-building';
import { isTemplateFilePath, type Template } from '../shared/templates/template-schema';
import { shippedTemplates, shippedTemplatesIn, type ShippedTemplate } from '../shared/templates/shipped-templates';
import { changeReportLanguage } from '../shared/report-language';
import { comparable } from '../shared/report-building';
import { nameInMessage } from '../shared/message-names';
import { joinWords } from '../shared/words';
import { saveReportFile } from './services/report-files';
import { listOwnTemplates, ownTemplatesFolder, readTemplateFile } from './services/template-files';
import { userDataFolder } from './services/user-data';
import type { NewCommand } from './cli-arguments';
import { CliError, exists, type CliOutput } from './cli-files';

interface Found {
  template: Template;
  /** Where it came from, as the output line says it: "the shipped template", "your template", "the template file x". */
  from: string;
}

/** The shipped template named (by its name or file name, in any language), in the language asked for where one is. */
function shippedNamed(wanted: string, language: NewCommand['language']): ShippedTemplate | undefined {
  const key = comparable(wanted);
  const named = shippedTemplates().find((shipped) => comparable(shipped.template.name) === key || comparable(shipped.id) === key);
  if (named === undefined || language === null) return named;
  return shippedTemplatesIn(language.language).find((shipped) => shipped.shape === named.shape);
}

/** The template the command names: a file where one is given, else the person's own or a shipped one of that name. */
async function findTemplate(wanted: string, language: NewCommand['language']): Promise<Found> {
  if (isTemplateFilePath(wanted) || existsSync(wanted)) {
    const read = await readTemplateFile(wanted);
    if (!read.ok) throw new CliError(`${wanted}: ${read.message}`);
    return { template: read.template, from: `the template file ${wanted}` };
  }
  const folder = ownTemplatesFolder(userDataFolder());
  const own = (await listOwnTemplates(folder)).filter((summary) => summary.problem === null);
  // The person's own first: one they named like a shipped template is the one they mean.
  const ownMatch = templatesNamed(own, wanted)[0];
  if (ownMatch !== undefined && ownMatch.ref.kind === 'own') {
    const read = await readTemplateFile(join(folder, ownMatch.ref.id));
    if (read.ok) return { template: read.template, from: 'your template' };
  }
  const shippedMatch = shippedNamed(wanted, language);
  if (shippedMatch !== undefined) return { template: shippedMatch.template, from: 'the shipped template' };
  const names = (list: readonly { name: string }[]) => joinWords(list.map((template) => `"${nameInMessage(template.name)}"`));
  const yours = own.length === 0 ? `you have none of your own yet (they are kept in ${folder})` : `yours: ${names(own)}`;
  const shipped = shippedTemplatesIn('en').map(({ template }) => template);
  throw new CliError(`no template is named "${nameInMessage(wanted)}"; the templates are ${names(shipped)} (shipped with Report Desk, each also in French and German: add --language fr or --language de), and ${yours}. Or give a template file (.rdesk-template).`);
}

export async function runNew(command: NewCommand, output: CliOutput): Promise<void> {
  if (!command.force && (await exists(command.out))) throw new CliError(`${command.out} already exists; choose another name, or add --force to replace it`);
  const { template, from } = await findTemplate(command.template, command.language);
  const months = template.details.months;
  const proposed = proposeTemplatePeriod(months, new Date());
  const period = choosePeriod(months, command.start ?? proposed.start, command.name ?? '');
  const fromTemplate = reportFromTemplate(template, period);
  // A template not written in the language asked for: its drafts and the app's own titles follow it, the template's words stay.
  const report = command.language === null ? fromTemplate : changeReportLanguage(fromTemplate, command.language.tag, true);
  await saveReportFile(command.out, report);
  output.out(`Created ${command.out} from ${from} "${template.name}" (${templateShape(template)}): "${report.meta.title}", ${describePeriod(report.meta)}, no figures yet`);
  // What the template wrote for the person to replace, as the export would name it.
  for (const section of findPrompts(report)) output.out(`  ${promptsLine(section)}`);
}
