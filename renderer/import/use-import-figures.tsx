// The Import figures… command: ask for the file, read it, show the preview; Apply makes the
// figures one undoable edit. The readers and the preview load the first time a person imports:
// the window's first load carries neither (see README, "The window's first load").
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ImportSource } from '../../shared/import';
import type { Report } from '../../shared/report-schema';
import { nameInMessage } from '../../shared/message-names';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';
import type { Notices } from '../ui/notices';
import { LoadingDialog } from '../ui/loading-dialog';

/** The readers and planner (shared/import) and the preview's own code, loaded together on first use. */
interface ImportCode {
  importing: typeof import('../../shared/import');
  ImportDialog: typeof import('./import-dialog').ImportDialog;
}

let loadedCode: ImportCode | null = null;

async function loadImportCode(): Promise<ImportCode> {
  const [importing, { ImportDialog }] = await Promise.all([import('../../shared/import'), import('./import-dialog')]);
  loadedCode = { importing, ImportDialog };
  return loadedCode;
}

type Preview =
  | { id: number; kind: 'loading' }
  | { id: number; kind: 'shown'; source: ImportSource; report: Report; importedOn: string; code: ImportCode };

let nextPreviewId = 0;

export function useImportFigures(store: DocumentStore, notices: Notices): { importDialog: ReactNode; importFigures: () => Promise<void> } {
  const [preview, setPreview] = useState<Preview | null>(null);
  // The import whose code is loading, until it is shown or the person cancels it.
  const loadingId = useRef<number | null>(null);

  const importFigures = useCallback(async () => {
    await store.flushEditors();
    const chosen = await api().chooseImportSource();
    if (chosen.kind === 'cancelled') return;
    if (chosen.kind === 'failed') return notices.error(chosen.message);
    nextPreviewId += 1;
    const id = nextPreviewId;
    let code = loadedCode;
    if (code === null) {
      // The first import in this window: the dialog's frame at once, its contents once their code is in.
      loadingId.current = id;
      setPreview({ id, kind: 'loading' });
      code = await loadImportCode().catch(() => null);
      const cancelled = loadingId.current !== id;
      loadingId.current = null;
      if (cancelled) return;
      if (code === null) {
        setPreview(null);
        return notices.error('The import could not start: a part of Report Desk did not load. Restart Report Desk and try again.');
      }
    }
    const reading = code.importing.readImportSource(chosen.fileName, chosen.text);
    if (!reading.ok) {
      setPreview(null);
      return notices.error(reading.message);
    }
    setPreview({ id, kind: 'shown', source: reading.source, report: store.report, importedOn: code.importing.importDay(new Date()), code });
  }, [store, notices]);

  const cancelLoading = (): void => {
    loadingId.current = null;
    setPreview(null);
  };

  let importDialog: ReactNode = null;
  if (preview?.kind === 'loading') importDialog = <LoadingDialog key={preview.id} label="Import figures" onCancel={cancelLoading} />;
  else if (preview?.kind === 'shown') {
    const { ImportDialog, importing } = preview.code;
    importDialog = (
      <ImportDialog
        key={preview.id}
        source={preview.source}
        report={preview.report}
        importedOn={preview.importedOn}
        onCancel={() => setPreview(null)}
        onApply={(plan) => {
          setPreview(null);
          // The dialog is modal, but a file opened from the menu could still replace the report under it.
          if (!importing.isPlanCurrent(store.report, plan)) return notices.error(`The report changed while the import of "${nameInMessage(plan.fileName)}" was shown; nothing was imported. Import it again.`);
          store.edit(`Import figures from ${plan.fileName}`, (report) => importing.applyImportPlan(report, plan));
          notices.status(`Imported ${plan.changes.length === 1 ? '1 figure' : `${plan.changes.length} figures`} from ${plan.fileName}.`);
        }}
      />
    );
  }
  return { importDialog, importFigures };
}
