// The Import figures… command: ask for the file, read it, show the preview; Apply makes the
// figures one undoable edit.
import { useCallback, useState, type ReactNode } from 'react';
import { applyImportPlan, importDay, isPlanCurrent, readImportSource, type ImportSource } from '../../shared/import';
import type { Report } from '../../shared/report-schema';
import { nameInMessage } from '../../shared/message-names';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';
import type { Notices } from '../ui/notices';
import { ImportDialog } from './import-dialog';

interface Preview {
  id: number;
  source: ImportSource;
  report: Report;
  importedOn: string;
}

let nextPreviewId = 0;

export function useImportFigures(store: DocumentStore, notices: Notices): { importDialog: ReactNode; importFigures: () => Promise<void> } {
  const [preview, setPreview] = useState<Preview | null>(null);

  const importFigures = useCallback(async () => {
    await store.flushEditors();
    const chosen = await api().chooseImportSource();
    if (chosen.kind === 'cancelled') return;
    if (chosen.kind === 'failed') return notices.error(chosen.message);
    const reading = readImportSource(chosen.fileName, chosen.text);
    if (!reading.ok) return notices.error(reading.message);
    nextPreviewId += 1;
    setPreview({ id: nextPreviewId, source: reading.source, report: store.report, importedOn: importDay(new Date()) });
  }, [store, notices]);

  const importDialog =
    preview === null ? null : (
      <ImportDialog
        key={preview.id}
        source={preview.source}
        report={preview.report}
        importedOn={preview.importedOn}
        onCancel={() => setPreview(null)}
        onApply={(plan) => {
          setPreview(null);
          // The dialog is modal, but a file opened from the menu could still replace the report under it.
          if (!isPlanCurrent(store.report, plan)) return notices.error(`The report changed while the import of "${nameInMessage(plan.fileName)}" was shown; nothing was imported. Import it again.`);
          store.edit(`Import figures from ${plan.fileName}`, (report) => applyImportPlan(report, plan));
          notices.status(`Imported ${plan.changes.length === 1 ? '1 figure' : `${plan.changes.length} figures`} from ${plan.fileName}.`);
        }}
      />
    );
  return { importDialog, importFigures };
}
