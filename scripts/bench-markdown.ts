// The report as Markdown with pipe tables, so that pandoc exports the same content to .docx
// as Report Desk does: the title block, the section texts, the effort list and the performance
// table with the very cell texts of the Word table. Charts have no Markdown form: pandoc's
// document never has them.
import type { Report } from '../shared/report-schema';
import { effortLines } from '../shared/drafting';
import { documentSectionText } from '../shared/section-text';
import { shownSectionNumbers } from '../shared/sections';
import { describePeriod } from '../shared/periods';
import type { CellContent } from '../electron/services/word/word-table-content';
import { performanceView, type PerformanceView } from '../electron/services/word/word-performance-view';

/** Text as Markdown reads it literally: its own markup characters escaped, one line. */
function escaped(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

/** A pipe table's cell is one line: a group's keys follow each other, as the seed's "lu: 4.42 vu: 0.09". */
function cellText(cell: CellContent): string {
  return cell.lines.map((line) => escaped(line.text)).join(' ');
}

function pipeTable({ headings, rows: tableRows }: PerformanceView): string[] {
  const header = [headings.label, headings.target, ...headings.months, headings.average].map(escaped);
  const rows = tableRows.map((row) =>
    row.kind === 'group' ? [escaped(row.name), ...header.slice(1).map(() => '')] : [cellText(row.label), cellText(row.target), ...row.months.map(cellText), cellText(row.average)],
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index < 2 ? ':---' : '---:'))), ...rows.map(line)];
}

function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(escaped);
}

export function reportMarkdown(report: Report): string {
  const { meta } = report;
  const details = [
    ['Organisation', meta.organisation],
    ['Service', meta.service],
    ['Agreement', meta.agreement],
    ['Period', describePeriod(meta)],
    ['Author', meta.author],
  ].filter(([, value]) => value!.trim() !== '');
  const blocks: string[] = [`# ${escaped(meta.title.trim() || 'Activity report')}`, details.map(([label, value]) => `**${label}:** ${escaped(value!)}`).join('  \n')];
  const view = performanceView(report);
  const numbers = shownSectionNumbers(report);
  report.sections.forEach((section, index) => {
    const number = numbers[index] ?? null;
    blocks.push(`${section.level === 1 ? '##' : '###'} ${number === null ? '' : `${number} `}${escaped(section.title.trim())}`, ...paragraphs(documentSectionText(report, section)));
    if (section.kind === 'effort') blocks.push(effortLines(report).map((line) => `- ${escaped(line)}`).join('\n'));
    if (section.kind === 'performance' && report.metrics.length > 0) blocks.push(pipeTable(view).join('\n'), escaped(view.note));
    if (section.kind === 'table') {
      const line = (cells: readonly string[]) => `| ${cells.map(escaped).join(' | ')} |`;
      blocks.push([line(section.columns), line(section.columns.map(() => '---')), ...section.rows.map(line)].join('\n'));
    }
  });
  return `${blocks.join('\n\n')}\n`;
}
