// The entries still to fix under a table, each a button that takes the person to its cell.
import type { ReactElement } from 'react';
import { problemLine, type CellProblem } from './cell-problems';
import { focusCell } from '../summary/summary-counts';

export function ProblemList({ problems }: { problems: readonly CellProblem[] }): ReactElement | null {
  if (problems.length === 0) return null;
  return (
    <div className="rd-table-problems">
      <p className="rd-table-problems-title">{problems.length === 1 ? '1 entry to fix' : `${problems.length} entries to fix`} (kept as typed, not in the report until fixed):</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.cellId}>
            <button type="button" className="rd-link-button" onClick={() => focusCell(problem.cellId)}>
              {problemLine(problem)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
