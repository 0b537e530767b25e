// A page holding one table section's grid alone, for test/e2e/table-section-grid.spec.ts: the
// grid as the report will hold it, its content kept here with an undo history of the changes
// it reports (Ctrl+Z and Ctrl+Y outside an editor, as the window's own), each change listed in
// `window.sectionChanges` for the test to read.
import { StrictMode, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createReport } from '../../../shared/report-building';
import { DocumentStore } from '../../../renderer/document/document-store';
import { DocumentStoreProvider } from '../../../renderer/document/use-document';
import { TableSectionGrid } from '../../../renderer/tables/table-section-grid';
import type { TableSectionContent } from '../../../renderer/tables/table-section-edits';
import '../../../renderer/styles/theme.css';
import '../../../renderer/styles/controls.css';

declare global {
  interface Window {
    sectionChanges: string[];
  }
}

const START: TableSectionContent = {
  columns: ['Milestone', 'Due', 'Status', 'Comment'],
  rows: [
    ['MS1 Portal release', 'M3', 'Done', ''],
    ['MS2 Security audit', 'M6', 'Late', 'Auditor booked'],
  ],
};

window.sectionChanges = [];

function Page(): ReactElement {
  const [history, setHistory] = useState<{ past: TableSectionContent[]; present: TableSectionContent; future: TableSectionContent[] }>({ past: [], present: START, future: [] });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const key = event.key.toLowerCase();
      if (!event.ctrlKey || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      setHistory((current) => {
        if (key === 'z') {
          const previous = current.past.at(-1);
          return previous === undefined ? current : { past: current.past.slice(0, -1), present: previous, future: [current.present, ...current.future] };
        }
        const next = current.future[0];
        return next === undefined ? current : { past: [...current.past, current.present], present: next, future: current.future.slice(1) };
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const { present } = history;
  return (
    <main style={{ padding: 24 }}>
      <h1>Milestones</h1>
      <TableSectionGrid
        id="milestones"
        label="Milestones"
        columns={present.columns}
        rows={present.rows}
        onChange={(next, change) => {
          window.sectionChanges.push(change);
          setHistory((current) => ({ past: [...current.past, current.present], present: next, future: [] }));
        }}
      />
      <button type="button">After the table</button>
    </main>
  );
}

const store = new DocumentStore(createReport());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DocumentStoreProvider store={store}>
      <Page />
    </DocumentStoreProvider>
  </StrictMode>,
);
