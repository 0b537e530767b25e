// Figures from their sources: what the app, the command line and the tests call.
//   readImportSource(fileName, text)            → what the file holds, or why it cannot be read
//   proposeChoices(source, report)              → the choices to start from (group, metrics by name)
//   planImport(report, source, choices, day)    → every cell that would change, months left out, problems
//   applyImportPlan(report, plan)               → the new report, each figure's source recorded
export { readImportSource, IMPORT_FILE_EXTENSIONS } from './read-source';
export {
  ARGO_SERIES,
  DEFAULT_HOURS_PER_WORKING_DAY,
  describeEntry,
  findEntry,
  importableSeries,
  proposeChoices,
  proposeMapping,
  selectableEntries,
  type ImportChoices,
} from './import-choices';
export { importedOutsideUnitWarnings, planImport, summariseImportPlan, type CellChange, type CellChangeKind, type ImportPlan, type OutsideMonth } from './import-plan';
export { applyImportPlan, importDay, isPlanCurrent, withoutFigureSource } from './apply-import';
export { describeFigureSource, figureSource } from '../figure-text';
export { findMetricByName, findSeriesName } from './name-matching';
export { describeMonth } from '../month-cells';
export * from './source-types';
