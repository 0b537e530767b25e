// The typed contract between the renderer and the main process. The preload implements Api
// one method at a time; main (and the test harness) serve it from the same services.
import { z } from 'zod';
import { reportSchema, wordTemplateSchema, type Report, type ReportWordTemplate } from './report-schema';
import type { Template } from './templates/template-schema';
import { API_CHANNELS } from './api-channels';
import type { HistoryFile, HistoryService } from './history/history-periods';
import type { HistoryJoin } from './history/history-matching';
import { templateSchema } from './templates/template-schema';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './i18n/document-language';
import type { OpenedTemplate, SaveTemplateRequest, SavedTemplate, TemplateExists, TemplateList, TemplateSource } from './templates/template-api-types';

export type { OpenedTemplate, SaveTemplateRequest, SavedTemplate, TemplateExists, TemplateList, TemplateRef, TemplateSource, TemplateSummary } from './templates/template-api-types';

export type Cancelled = { kind: 'cancelled' };
export type Failed = { kind: 'failed'; message: string };
/** A save that failed; offerSaveAs: the file is read-only, and Save As… keeps the work elsewhere. */
export type SaveFailed = Failed & { offerSaveAs?: true };
export type Done = { kind: 'done' };

export interface OpenedReport {
  kind: 'opened';
  path: string;
  report: Report;
  /** Something the person should know, e.g. "Brought up to date from file format 0." */
  notice: string | null;
}

export interface SavedReport {
  kind: 'saved';
  path: string;
}

export interface ExportedWord {
  kind: 'exported';
  path: string;
  /** What the person should know about the document: the report's Word template could not be used, so it is in the app's own look. */
  notice?: string;
}

export interface SaveRequest {
  report: Report;
  /** Where the report lives now; null (or saveAs) asks for a place. */
  path: string | null;
  saveAs: boolean;
  /** The file this period was started from (Start Next Period): a report never saved is offered its folder. */
  startedFrom?: string | null;
}

export interface ChosenPath {
  kind: 'chosen';
  path: string;
}

export interface ExportPlaceRequest {
  /** The report's title and period, to name the .docx when the report has no file yet. */
  title: string;
  period: Report['meta']['period'];
  /** The report's own path, to suggest a name and folder for the .docx. */
  reportPath: string | null;
}

export interface ExportRequest {
  report: Report;
  /** A place chosen with chooseWordExportPath in this session; main writes nowhere else. */
  path: string;
  /** Names this export, so the window can ask how far it has gone and cancel it. */
  exportId?: string;
}

/** How far an export has gone: its stage, and the share of the whole done (0 to 1). */
export interface ExportProgress {
  stage: 'charts' | 'tables' | 'writing';
  fraction: number;
}

/** A part of the report and the style that dresses it in a Word template. */
export interface TemplateStyleChoice {
  /** What the report calls the part: "Section headings", "Body text", "Table text" … */
  part: string;
  /** The style's name as Word shows it, with the template's id where that differs ("heading 1 (Titre1)"). */
  style: string;
  from: 'template' | 'Report Desk';
}

/** The file where a report's Word template was last seen, when it differs from the one the report keeps. */
export interface WordTemplateOnDisk {
  path: string;
  fileName: string;
  /** When the file last changed, as an ISO 8601 time. */
  modified: string;
}

/**
 * What main made of the Word template a report keeps, read anew from its bytes: the style each
 * part takes and what was left out, or why it cannot be used (the report then exports in the
 * app's own look). onDisk: the file where it was last seen, readable as a template and not the
 * one the report keeps (changed since, or whole where the report's copy is damaged).
 */
export type WordTemplateStatus =
  | { kind: 'readable'; styleMap: TemplateStyleChoice[]; warnings: string[]; onDisk: WordTemplateOnDisk | null }
  | { kind: 'unreadable'; problem: string; onDisk: WordTemplateOnDisk | null };

/** A Word template read from a file (chosen in main's dialog, or the newer one where it was last seen), ready for the report to keep. */
export interface TakenWordTemplate {
  kind: 'word-template';
  template: ReportWordTemplate;
  styleMap: TemplateStyleChoice[];
  warnings: string[];
}

/** A file to import figures from, as chosen in the Import dialog: its name and its text. */
export interface ImportSourceFile {
  kind: 'import-source';
  /** The file's name without its folder, recorded as each imported figure's source. */
  fileName: string;
  /** Its text, decoded (UTF-8, UTF-16, or Excel's Windows-1252); read it with readImportSource in shared/import. */
  text: string;
}

export interface RecentFile {
  path: string;
  name: string;
}

/** A recent report as the start screen lists it: its title and period, and when it last changed. */
export interface RecentReport extends RecentFile {
  /** The report's title, or null where the file could not be read. */
  title: string | null;
  /** "July – December 2025", "6 months"; null where the file could not be read. */
  period: string | null;
  /** The language tag it is written in ("fr-FR"); null where the file could not be read. */
  language: string | null;
  /** When the file was last written, as an ISO 8601 time. */
  modified: string;
  /** Why the file's title and period are not shown ("not a report Report Desk can read"), or null. */
  problem: string | null;
}

export interface RecentReports {
  reports: RecentReport[];
  /** Files that were on the list but have gone missing; they have been taken off it. */
  removed: string[];
}

/** An earlier report chosen to compare this one with, read whole; the window keeps only its summary. */
export interface EarlierReport {
  kind: 'earlier-report';
  path: string;
  report: Report;
}

/** Where a history's reports come from: files or a folder chosen in main's dialog, or a report main knows and the ones before it. */
export type HistorySource = { kind: 'files' } | { kind: 'folder'; subfolders: boolean } | { kind: 'report-and-earlier'; path: string };

export interface HistoryRequest {
  source: HistorySource;
  /** The service the history is of (the open report's); null: the one most of the files are of. */
  service: HistoryService | null;
}

/** The reports read for a history, each read or with its problem, and the joins remembered for their service. */
export interface HistoryFiles {
  kind: 'history-files';
  files: HistoryFile[];
  /** The service the joins were looked up for: the one asked for, or the one most files are of. */
  service: HistoryService;
  joins: HistoryJoin[];
}

export interface HistoryJoins extends HistoryService {
  joins: HistoryJoin[];
}

export type HistoryExportFormat = 'docx' | 'csv';

export interface HistoryExportPlaceRequest {
  format: HistoryExportFormat;
  /** The service's name, to name the file. */
  service: string;
}

export interface HistoryExportRequest extends HistoryJoins {
  format: HistoryExportFormat;
  /** The reports read for the history (readHistory gave them); main reads no other. */
  paths: string[];
  /** A place chosen with chooseHistoryExportPath in this session. */
  path: string;
  /** The open report's Word template, which the annex wears as the report does; null: the app's own look. */
  wordTemplate: ReportWordTemplate | null;
}

export interface RecentFiles {
  files: RecentFile[];
  /** Files that were on the list but have gone missing; they have been taken off it. */
  removed: string[];
}

export interface DocumentState {
  /** Shown in the window title: the file name, or "Untitled". */
  name: string;
  path: string | null;
  dirty: boolean;
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface RecoveryDraft {
  report: Report;
  /** The file the unsaved work belongs to, or null for a report never saved. */
  path: string | null;
  savedAt: string;
}

export const MENU_COMMANDS = ['new', 'new-from-template', 'open', 'save', 'save-as', 'save-as-template', 'export-template', 'export-word', 'import-figures', 'next-period', 'compare', 'history', 'start-screen', 'close', 'undo', 'redo', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What main tells the renderer: a menu command, or a file to open (command line, second launch, recent). */
export type AppEvent = { type: 'command'; command: MenuCommand } | { type: 'open-path'; path: string };

export interface Api {
  openReport(): Promise<OpenedReport | Cancelled | Failed>;
  /** Opens a file main granted (the system handed it over, or it is on the recent list); any other is refused. */
  openReportAt(path: string): Promise<OpenedReport | Failed>;
  saveReport(request: SaveRequest): Promise<SavedReport | Cancelled | SaveFailed>;
  /** Asks where to export (the save dialog); apart from exportWord so the page shows "Exporting…" only once it writes. */
  chooseWordExportPath(request: ExportPlaceRequest): Promise<ChosenPath | Cancelled>;
  /** Cancelled: cancelExport stopped it, and nothing was written. */
  exportWord(request: ExportRequest): Promise<ExportedWord | Cancelled | Failed>;
  /** How far the export named so far has gone; null before it starts and once it has ended. */
  exportProgress(exportId: string): Promise<ExportProgress | null>;
  /** Stops the export named, which then writes nothing; an export already ended is left as it is. */
  cancelExport(exportId: string): Promise<Done>;
  /** Asks for a Word template (.dotx, .docx) in main's dialog, opened where the report's was last seen, and reads it; the report does not change. */
  chooseWordTemplate(request: { lastSeenPath: string | null }): Promise<TakenWordTemplate | Cancelled | Failed>;
  /** Reads the report's Word template from its bytes, checked against their digest, and looks at the file where it was last seen (where main knows that place). */
  checkWordTemplate(template: ReportWordTemplate): Promise<WordTemplateStatus>;
  /** Reads the template file where the report's was last seen (a place main knows), to take in its place. */
  takeWordTemplateFromDisk(path: string): Promise<TakenWordTemplate | Failed>;
  /** Asks for a file to import figures from (ARGO results, CSV, TSV) and reads it; nothing in the report changes. */
  chooseImportSource(): Promise<ImportSourceFile | Cancelled | Failed>;
  showInFolder(path: string): Promise<Done>;
  recentFiles(): Promise<RecentFiles>;
  /** The recent list with each report's title, period and last change, for the start screen. */
  recentReports(): Promise<RecentReports>;
  /** Asks for an earlier period's report (Compare with…) and reads it; it is not opened and nothing changes. */
  chooseReportToCompare(): Promise<EarlierReport | Cancelled | Failed>;
  /** Reads the reports of a service's history (asking for them where the source is a dialog); nothing is opened. */
  readHistory(request: HistoryRequest): Promise<HistoryFiles | Cancelled | Failed>;
  /** Remembers the person's joins of renamed metrics and people for a service and agreement. */
  saveHistoryJoins(joins: HistoryJoins): Promise<Done>;
  /** Asks where to write the history's annex (.docx) or table (.csv). */
  chooseHistoryExportPath(request: HistoryExportPlaceRequest): Promise<ChosenPath | Cancelled>;
  exportHistory(request: HistoryExportRequest): Promise<ExportedWord | Failed>;
  /** The shipped templates and the person's own, for the start screen. */
  listTemplates(): Promise<TemplateList>;
  /** Reads a template (asking for the file where the source is a dialog); nothing is opened or changed. */
  readTemplate(source: TemplateSource): Promise<OpenedTemplate | Cancelled | Failed>;
  /** Keeps a template in the person's own templates folder. */
  saveTemplate(request: SaveTemplateRequest): Promise<SavedTemplate | TemplateExists | Failed>;
  /** Asks where, and writes the template as a file of its own, to keep or send. */
  exportTemplate(template: Template): Promise<SavedTemplate | Cancelled | Failed>;
  /** Removes one of the person's own templates, by its id in the list. */
  removeTemplate(id: string): Promise<Done | Failed>;
  /** Keeps the language the person chose to see the shipped templates in, for the next start. */
  rememberTemplateLanguage(language: DocumentLanguage): Promise<Done>;
  confirmUnsavedChanges(documentName: string): Promise<UnsavedChoice>;
  setDocumentState(state: DocumentState): Promise<Done>;
  closeWindow(): Promise<Done>;
  writeRecoveryDraft(draft: { report: Report; path: string | null }): Promise<Done>;
  takeRecoveryDraft(): Promise<RecoveryDraft | null>;
  clearRecoveryDraft(): Promise<Done>;
  /** Subscribes to main's events; returns the unsubscribe function. Not an invoke. */
  onAppEvent(listener: (event: AppEvent) => void): () => void;
  /** The path of a file dropped on the window (Electron's webUtils), which main may then open; null where unknown. */
  pathOfDroppedFile(file: object): string | null;
}

/** The methods that cross IPC as invoke calls. */
export type InvokeMethod = Exclude<keyof Api, 'onAppEvent' | 'pathOfDroppedFile'>;

export { API_CHANNELS, APP_EVENT_CHANNEL } from './api-channels';

/** Every invoke method has its channel, and every channel its method: the compiler refuses either one missing. */
const CHANNELS: Record<InvokeMethod, string> & Record<Exclude<keyof typeof API_CHANNELS, InvokeMethod>, never> = API_CHANNELS;

const pathSchema = z.string().min(1).max(4096);
const nullablePath = pathSchema.nullable();
const exportIdSchema = z.string().min(1).max(100);
const serviceSchema = z.object({ service: z.string().max(1000), agreement: z.string().max(1000) });
const joinsSchema = z.array(z.object({ kind: z.enum(['metric', 'person']), from: z.string().min(1).max(1000), to: z.string().min(1).max(1000) })).max(1000);
const historySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('files') }),
  z.object({ kind: z.literal('folder'), subfolders: z.boolean() }),
  z.object({ kind: z.literal('report-and-earlier'), path: pathSchema }),
]);
const historyFormatSchema = z.enum(['docx', 'csv']);
/** A template's id in its list: a shipped one's, or a file name in the person's templates folder (never a path). */
const templateIdSchema = z.string().min(1).max(255).regex(/^[^/\\]+$/, 'must be a name, not a path').refine((id) => id !== '.' && id !== '..', 'must be a name, not a path');
const templateSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shipped'), id: templateIdSchema }),
  z.object({ kind: z.literal('own'), id: templateIdSchema }),
  z.object({ kind: z.literal('file') }),
  z.object({ kind: z.literal('path'), path: pathSchema }),
]);

/** What main accepts as each method's arguments, checked before any service sees them. */
export const API_ARGUMENTS = {
  openReport: z.tuple([]),
  openReportAt: z.tuple([pathSchema]),
  saveReport: z.tuple([z.object({ report: reportSchema, path: nullablePath, saveAs: z.boolean(), startedFrom: nullablePath.optional() })]),
  chooseWordExportPath: z.tuple([z.object({ title: z.string().max(1000), period: reportSchema.shape.meta.shape.period, reportPath: nullablePath })]),
  exportWord: z.tuple([z.object({ report: reportSchema, path: pathSchema, exportId: exportIdSchema.optional() })]),
  exportProgress: z.tuple([exportIdSchema]),
  cancelExport: z.tuple([exportIdSchema]),
  chooseWordTemplate: z.tuple([z.object({ lastSeenPath: nullablePath })]),
  checkWordTemplate: z.tuple([wordTemplateSchema]),
  takeWordTemplateFromDisk: z.tuple([pathSchema]),
  chooseImportSource: z.tuple([]),
  showInFolder: z.tuple([pathSchema]),
  recentFiles: z.tuple([]),
  recentReports: z.tuple([]),
  chooseReportToCompare: z.tuple([]),
  readHistory: z.tuple([z.object({ source: historySourceSchema, service: serviceSchema.nullable() })]),
  saveHistoryJoins: z.tuple([serviceSchema.extend({ joins: joinsSchema })]),
  chooseHistoryExportPath: z.tuple([z.object({ format: historyFormatSchema, service: z.string().max(1000) })]),
  exportHistory: z.tuple([serviceSchema.extend({ joins: joinsSchema, format: historyFormatSchema, paths: z.array(pathSchema).min(1).max(500), path: pathSchema, wordTemplate: wordTemplateSchema.nullable() })]),
  listTemplates: z.tuple([]),
  readTemplate: z.tuple([templateSourceSchema]),
  saveTemplate: z.tuple([z.object({ template: templateSchema, replace: z.boolean() })]),
  exportTemplate: z.tuple([templateSchema]),
  removeTemplate: z.tuple([templateIdSchema]),
  rememberTemplateLanguage: z.tuple([z.enum(DOCUMENT_LANGUAGES)]),
  confirmUnsavedChanges: z.tuple([z.string().max(1000)]),
  setDocumentState: z.tuple([z.object({ name: z.string().max(1000), path: nullablePath, dirty: z.boolean() })]),
  closeWindow: z.tuple([]),
  writeRecoveryDraft: z.tuple([z.object({ report: reportSchema, path: nullablePath })]),
  takeRecoveryDraft: z.tuple([]),
  clearRecoveryDraft: z.tuple([]),
} as const satisfies Record<InvokeMethod, z.ZodType>;

export type ApiHandlers = Pick<Api, InvokeMethod>;

/** Validates one call's arguments and runs it; a bad call is refused with a message, never run. */
export async function dispatchApiCall(handlers: ApiHandlers, method: string, args: unknown): Promise<unknown> {
  if (!Object.hasOwn(CHANNELS, method)) throw new Error(`Unknown operation "${method}".`);
  const name = method as InvokeMethod;
  const parsed = API_ARGUMENTS[name].safeParse(args);
  if (!parsed.success) throw new Error(`Refused ${name}: its arguments are not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'}).`);
  const call = handlers[name] as (...values: unknown[]) => Promise<unknown>;
  return call.apply(handlers, parsed.data as unknown[]);
}
