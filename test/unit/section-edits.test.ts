// Shaping the section list, each step from one report to the next: what the window's buttons
// and keys will call. A step that cannot apply gives the same report back.
import { describe, expect, test } from 'vitest';
import { readReportData } from '../../shared/report-file';
import type { Report, Section } from '../../shared/report-schema';
import {
  addSection,
  canMoveSection,
  indentSection,
  moveSection,
  outdentSection,
  removeSection,
  renameSection,
  sectionMoves,
  editTable,
} from '../../shared/section-edits';
import { insertTableColumn, insertTableRows, removeTableColumn, removeTableRows, renameTableColumn, writeTableCells, type TableContent } from '../../shared/table-content';
import { newSection, sectionNumbers, unplacedDraftedKinds } from '../../shared/sections';
import { seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

/** The list as "1 effort", "1.1 risks": numbers and ids, what a person sees of its shape. */
function outline(report: Report): string[] {
  const numbers = sectionNumbers(report.sections);
  return report.sections.map((section, index) => `${numbers[index]} ${section.id}`);
}

function withSections(...sections: Section[]): Report {
  return { ...seedReport(), sections };
}

const text = (id: string, level: 1 | 2 = 1): Section => ({ ...newSection('text', { title: id, level }), id });

/** a, b (with b.1, b.2), c */
function nested(): Report {
  return withSections(text('a'), text('b'), text('b1', 2), text('b2', 2), text('c'));
}

function valid(report: Report): Report {
  const read = readReportData(report);
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

describe('adding a section', () => {
  test('before a section, after one (after its sub-sections), or last; the report stays valid', () => {
    const report = nested();
    expect(outline(addSection(report, text('new'), { before: 'b' }))).toEqual(['1 a', '2 new', '3 b', '3.1 b1', '3.2 b2', '4 c']);
    expect(outline(addSection(report, text('new'), { after: 'b' }))).toEqual(['1 a', '2 b', '2.1 b1', '2.2 b2', '3 new', '4 c']);
    expect(outline(addSection(report, text('new', 2), { after: 'b' }))).toEqual(['1 a', '2 b', '2.1 new', '2.2 b1', '2.3 b2', '3 c']);
    expect(outline(valid(addSection(report, text('new'))))).toEqual(['1 a', '2 b', '2.1 b1', '2.2 b2', '3 c', '4 new']);
  });

  test('a sub-section added first is made a section', () => {
    expect(addSection(nested(), text('new', 2), { before: 'a' }).sections[0]).toMatchObject({ id: 'new', level: 1 });
  });

  test('a drafted part goes in once: one already placed is not offered, and placing it again is refused', () => {
    const report = { ...seedReport(), sections: seedReport().sections.filter((section) => section.kind !== 'issues') };
    expect(unplacedDraftedKinds(report)).toEqual(['issues']);
    const placed = addSection(report, newSection('issues'), { after: 'performance' });
    expect(placed.sections.map((section) => section.kind)).toEqual(['effort', 'overview', 'performance', 'issues', 'measures', 'foreseen']);
    expect(held(placed, placed.sections[3]!.id).title).toBe('Issues arising in the period');
    expect(unplacedDraftedKinds(placed)).toEqual([]);
    expect(() => addSection(placed, newSection('issues'))).toThrow(/already has its issues section/);
    expect(() => addSection(placed, { ...newSection('text'), id: 'effort' })).toThrow(/already has a section with the id "effort"/);
  });
});

describe('moving a section', () => {
  test('a section moves with its sub-sections past the whole section beside it', () => {
    expect(outline(moveSection(nested(), 'b', -1))).toEqual(['1 b', '1.1 b1', '1.2 b2', '2 a', '3 c']);
    expect(outline(moveSection(nested(), 'b', 1))).toEqual(['1 a', '2 c', '3 b', '3.1 b1', '3.2 b2']);
    expect(outline(moveSection(nested(), 'a', 1))).toEqual(['1 b', '1.1 b1', '1.2 b2', '2 a', '3 c']);
  });

  test('a sub-section moves one place, and past its section’s heading joins the section beside', () => {
    expect(outline(moveSection(nested(), 'b2', -1))).toEqual(['1 a', '2 b', '2.1 b2', '2.2 b1', '3 c']);
    expect(outline(moveSection(nested(), 'b1', -1))).toEqual(['1 a', '1.1 b1', '2 b', '2.1 b2', '3 c']);
    expect(outline(moveSection(nested(), 'b2', 1))).toEqual(['1 a', '2 b', '2.1 b1', '3 c', '3.1 b2']);
  });

  test('the first cannot go up, the last cannot go down, and a sub-section never ends up first', () => {
    const report = nested();
    expect(moveSection(report, 'a', -1)).toBe(report);
    expect(moveSection(report, 'c', 1)).toBe(report);
    expect([canMoveSection(report, 'a', -1), canMoveSection(report, 'a', 1), canMoveSection(report, 'c', 1)]).toEqual([false, true, false]);
    const subFirst = withSections(text('a'), text('a1', 2));
    expect(moveSection(subFirst, 'a1', -1)).toBe(subFirst);
  });
});

describe('indenting and outdenting', () => {
  test('a section becomes a sub-section of the one before, its own sub-sections with it; and a section again', () => {
    const indented = indentSection(nested(), 'b');
    expect(outline(indented)).toEqual(['1 a', '1.1 b', '1.2 b1', '1.3 b2', '2 c']);
    expect(outline(outdentSection(indented, 'b'))).toEqual(['1 a', '2 b', '2.1 b1', '2.2 b2', '3 c']);
    expect(outline(outdentSection(nested(), 'b1'))).toEqual(['1 a', '2 b', '3 b1', '3.1 b2', '4 c']);
  });

  test('the first section is never indented; indenting a sub-section changes nothing', () => {
    const report = nested();
    expect(indentSection(report, 'a')).toBe(report);
    expect(indentSection(report, 'b1')).toBe(report);
    expect(outdentSection(report, 'a')).toBe(report);
  });
});

describe('what each section can do, as the window offers it', () => {
  test('read from the levels alone, each answer is what the step itself does', () => {
    const report = nested();
    const moves = sectionMoves(report.sections);
    expect(moves.map((can) => Object.entries(can).filter(([, yes]) => yes).map(([step]) => step).join(' '))).toEqual(['down', 'up down indent', 'up down outdent', 'up down outdent', 'up indent']);
    report.sections.forEach((section, index) => {
      expect(moves[index]!.up).toBe(moveSection(report, section.id, -1) !== report);
      expect(moves[index]!.down).toBe(moveSection(report, section.id, 1) !== report);
      expect(moves[index]!.indent).toBe(indentSection(report, section.id) !== report);
      expect(moves[index]!.outdent).toBe(outdentSection(report, section.id) !== report);
    });
  });
});

describe('renaming and removing', () => {
  test('a title is trimmed, and an empty one refused', () => {
    const report = nested();
    expect(held(renameSection(report, 'b', '  Risks  '), 'b').title).toBe('Risks');
    expect(renameSection(report, 'b', '   ')).toBe(report);
    expect(renameSection(report, 'b', 'b')).toBe(report);
  });

  test('removing a section leaves its sub-sections under the section before, or makes the first a section', () => {
    expect(outline(removeSection(nested(), 'b'))).toEqual(['1 a', '1.1 b1', '1.2 b2', '2 c']);
    const first = withSections(text('a'), text('a1', 2), text('b'));
    expect(outline(valid(removeSection(first, 'a')))).toEqual(['1 a1', '2 b']);
  });
});

describe("a table's cells, rows and columns, on the report", () => {
  const risks = (): Report => {
    const section: Section = { ...newSection('table', { title: 'Risks', columns: ['Risk', 'Owner', 'Status'], rows: [['Storage', 'Anne', 'open']] }), id: 'risks', carried: true };
    return withSections(text('a'), section);
  };
  const rowsOf = (report: Report) => {
    const section = held(report, 'risks');
    return section.kind === 'table' ? { columns: section.columns, rows: section.rows, edited: section.edited, carried: section.carried } : null;
  };
  const write = (at: { row: number; column: number }, block: string[][]) => (table: TableContent) => writeTableCells(table, at, block).content;

  test('a block pasted from a spreadsheet fills from its cell, adds the rows it needs, and makes the table the person’s, reviewed', () => {
    const pasted = editTable(risks(), 'risks', write({ row: 0, column: 1 }, [['Bruno', 'closed', 'extra'], ['Chloé', 'open']]));
    expect(rowsOf(pasted)).toEqual({ columns: ['Risk', 'Owner', 'Status'], rows: [['Storage', 'Bruno', 'closed'], ['', 'Chloé', 'open']], edited: true, carried: false });
    expect(valid(pasted)).toEqual(pasted);
  });

  test('a cell typed as it was changes nothing, and stays carried', () => {
    const report = risks();
    expect(editTable(report, 'risks', write({ row: 0, column: 0 }, [['Storage']]))).toBe(report);
  });

  test('rows and columns inserted, renamed and removed leave a table the reader takes', () => {
    let report = editTable(risks(), 'risks', (table) => insertTableRows(table, 0, 2));
    expect(rowsOf(report)?.rows).toEqual([['', '', ''], ['', '', ''], ['Storage', 'Anne', 'open']]);
    report = editTable(report, 'risks', (table) => removeTableRows(table, 0, 2));
    expect(rowsOf(report)?.rows).toEqual([['Storage', 'Anne', 'open']]);
    report = editTable(report, 'risks', (table) => insertTableColumn(table, 1, 'Impact'));
    expect(rowsOf(report)).toMatchObject({ columns: ['Risk', 'Impact', 'Owner', 'Status'], rows: [['Storage', '', 'Anne', 'open']] });
    report = editTable(report, 'risks', (table) => removeTableColumn(removeTableColumn(removeTableColumn(renameTableColumn(table, 1, 'Likely impact'), 3), 2), 0));
    expect(rowsOf(report)).toMatchObject({ columns: ['Likely impact'], rows: [['']] });
    expect(editTable(report, 'risks', (table) => removeTableColumn(table, 0))).toBe(report);
    expect(valid(report)).toEqual(report);
  });

  test('a table step on a section that is not a table changes nothing', () => {
    const report = risks();
    expect(editTable(report, 'a', write({ row: 0, column: 0 }, [['x']]))).toBe(report);
    expect(editTable(report, 'missing', (table) => insertTableRows(table, 0))).toBe(report);
  });
});
