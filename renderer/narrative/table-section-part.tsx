// A table of the person's own in the report: its grid, each change one step of Undo through the
// document store, the table then the person's own and reviewed (editTable). It reads its
// columns and rows alone, so typing in the text before it does not render the grid again.
import { useRef, type ReactElement } from 'react';
import { editTable } from '../../shared/section-edits';
import { sectionById } from '../../shared/sections';
import type { TableContent } from '../../shared/table-content';
import { useDocumentStore, useFocusRequest, useReport } from '../document/use-document';
import { TableSectionGrid } from '../tables/table-section-grid';
import type { ColumnsEditorHandle } from '../tables/table-section-columns-editor';
import type { AskChoice } from '../ui/choice-dialog';

/** What stands in for a table gone from the report (removed as this renders). */
const NO_TABLE: TableContent = { columns: [], rows: [] };

function tableOf(report: Parameters<typeof sectionById>[0], id: string): TableContent {
  const section = sectionById(report, id);
  return section?.kind === 'table' ? section : NO_TABLE;
}

export function TableSectionPart({ id, title, ask }: { id: string; title: string; ask: AskChoice }): ReactElement | null {
  const store = useDocumentStore();
  const columns = useReport((report) => tableOf(report, id).columns);
  const rows = useReport((report) => tableOf(report, id).rows);
  const columnsRef = useRef<ColumnsEditorHandle>(null);
  // A table just added: its columns are to be named first.
  useFocusRequest(
    (target) => target.kind === 'table-columns' && target.section === id,
    () => columnsRef.current?.focusFirst(),
  );
  if (columns.length === 0) return null;
  return (
    <TableSectionGrid
      id={id}
      label={title.trim()}
      columns={columns}
      rows={rows}
      columnsRef={columnsRef}
      ask={ask}
      onChange={(step, change) => store.edit(change, (report) => editTable(report, id, step))}
    />
  );
}
