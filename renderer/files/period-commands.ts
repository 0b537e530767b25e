// The commands between periods: Start Next Period (from the open report, or from a file chosen
// on the start screen or in the Open dialog), and Compare with… an earlier period's report.
import type { Report } from '../../shared/report-schema';
import { startNextPeriod, unmatchedInPrevious, withComparison } from '../../shared/report-building';
import { proposeNextPeriod } from '../../shared/period-choice';
import { describePeriod } from '../../shared/periods';
import { unmatchedSentence } from '../../shared/previous-period';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';
import { documentName } from '../document/open-document';
import { selectIsUntouchedBlank } from '../document/selectors';
import type { Notices } from '../ui/notices';
import type { FileCommands, StartedFrom } from './file-commands';
import type { AskPeriod } from './period-dialog';

export interface PeriodCommands {
  /** The period after the open report's. */
  nextPeriod(): Promise<void>;
  /** The period after a report file's: one on the recent list, or (null) one chosen in the Open dialog. */
  nextPeriodFrom(path: string | null): Promise<void>;
  /** Fills the open report's previous period from an earlier report chosen in a dialog (one undo step). */
  compareWith(): Promise<void>;
}

interface PeriodCommandDeps {
  store: DocumentStore;
  notices: Notices;
  askPeriod: AskPeriod;
  files: Pick<FileCommands, 'mayReplace'>;
  startedFrom: StartedFrom;
  /** Brings the start screen up (Start Next Period on a blank report has nothing to start from). */
  showStartScreen(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPeriodCommands({ store, notices, askPeriod, files, startedFrom, showStartScreen }: PeriodCommandDeps): PeriodCommands {
  /**
   * Replaces the open work (asking about unsaved work first, as every way of leaving it does)
   * with the period after `report`, once the person has said which period that is.
   */
  async function startAfter(read: () => { report: Report; path: string | null }): Promise<void> {
    if (!(await files.mayReplace())) return;
    // Read after the unsaved question: a Save there may have given the report its file.
    const { report: last, path } = read();
    const from = documentName(path);
    const period = await askPeriod({ from, last: last.meta.period, proposal: proposeNextPeriod(last.meta), language: last.meta.language });
    if (period === null) return;
    store.replace(startNextPeriod(last, period), null, false);
    startedFrom.current = path === null ? null : { documentId: store.getSnapshot().id, path };
    notices.status(`Next period (${describePeriod({ period })}) started from ${from}, which stays as it was: same people and metrics, no figures yet, last period beside each.`);
  }

  return {
    async nextPeriod() {
      await store.flushEditors();
      if (selectIsUntouchedBlank(store.getState())) {
        showStartScreen();
        notices.status('Start Next Period starts from last period’s report: choose it here, or open it first.');
        return;
      }
      await startAfter(() => ({ report: store.report, path: store.getSnapshot().path }));
    },

    async nextPeriodFrom(path) {
      try {
        const result = path === null ? await api().openReport() : await api().openReportAt(path);
        if (result.kind === 'cancelled') return;
        if (result.kind === 'failed') return notices.error(result.message);
        if (result.notice !== null) notices.status(result.notice);
        await startAfter(() => ({ report: result.report, path: result.path }));
      } catch (error) {
        notices.error(`Could not read the report to start from: ${messageOf(error)}`);
      }
    },

    async compareWith() {
      try {
        const result = await api().chooseReportToCompare();
        if (result.kind === 'cancelled') return;
        if (result.kind === 'failed') return notices.error(result.message);
        const name = documentName(result.path);
        if (result.path === store.getSnapshot().path) {
          return notices.error(`${name} is this report itself: choose the report of an earlier period to compare with.`);
        }
        await store.flushEditors();
        // What found no row here is read from the report the edit makes (reading the store's would settle its drafts now).
        const told = { notFound: '' };
        store.edit(`Compare with ${name}`, (report) => {
          const compared = withComparison(report, result.report);
          told.notFound = unmatchedSentence(unmatchedInPrevious(compared));
          return compared;
        });
        notices.status(`Compared with ${name} (${describePeriod(result.report.meta)}): its averages and PM stand beside this period’s.${told.notFound === '' ? '' : ` ${told.notFound}`}`);
      } catch (error) {
        notices.error(`Could not compare: ${messageOf(error)}`);
      }
    },
  };
}
