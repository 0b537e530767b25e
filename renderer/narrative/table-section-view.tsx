// A table of the person's own, shown as it exports: its columns and rows, read-only here, a plain
// table a screen reader walks by its headers. It scrolls in its own box when wider than the window.
import type { ReactElement } from 'react';
import { sectionById } from '../../shared/sections';
import { useReport } from '../document/use-document';

export function TableSectionView({ id }: { id: string }): ReactElement | null {
  const section = useReport((report) => sectionById(report, id));
  if (section?.kind !== 'table') return null;
  const title = section.title.trim();
  return (
    // Focusable, so a keyboard can scroll a wide table; F6 comes here first in its region.
    <div className="section-table-scroll" tabIndex={0} role="group" aria-label={`${title}, table`} data-region-start>
      <table className="section-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {section.columns.map((name, index) => (
              <th key={index} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.length === 0 ? (
            <tr>
              <td colSpan={section.columns.length} className="section-table-empty">
                No rows yet.
              </td>
            </tr>
          ) : (
            section.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
