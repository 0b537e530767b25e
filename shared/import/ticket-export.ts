// A helpdesk ticket export saved as CSV: a row per ticket with its priority, a date and the
// response time. Read here as tickets; the monthly means are made when the person has said the
// unit (working days or hours).
import { parseNumberEntry } from '../numbers';
import type { DelimitedText } from './delimited-text';
import { dayOrderOf, monthOfDate } from '../month-cells';
import { normaliseName, ticketPriorityOf } from './name-matching';
import type { ResponseUnit, SourceReading, Ticket } from './source-types';
import { nameInMessage } from '../message-names';

export interface TicketColumns {
  priority: number;
  date: number;
  response: number;
}

const has = (heading: string, words: readonly string[]) => {
  const name = normaliseName(heading);
  return words.some((word) => ` ${name} `.includes(` ${word} `) || name.startsWith(word));
};

/**
 * The columns of a ticket export, by their headings: Priority, Response time, and a date (the
 * day the ticket was opened where the export has several dates). Null when it is not one.
 */
export function findTicketColumns(header: readonly string[]): TicketColumns | null {
  const priority = header.findIndex((heading) => has(heading, ['priority', 'priorite']));
  const response = header.findIndex((heading) => has(heading, ['response', 'reponse']));
  if (priority === -1 || response === -1) return null;
  const dates = header.map((heading, index) => ({ heading, index })).filter(({ index, heading }) => index !== response && has(heading, ['date', 'created', 'creation', 'opened', 'submitted', 'submit']));
  const opening = dates.find(({ heading }) => has(heading, ['created', 'creation', 'opened', 'open', 'submitted', 'submit', 'submission']));
  const date = (opening ?? dates[0])?.index ?? -1;
  return { priority, date, response };
}

/** What a response column's heading says of its unit: "Response time (h)" is hours. */
function unitInHeading(heading: string): ResponseUnit | null {
  const words = heading.toLowerCase();
  if (/\bh\b|hours?|heures?|\bhrs?\b/.test(words)) return 'hours';
  if (/days?|jours?/.test(words)) return 'working-days';
  return null;
}

/** "line 4", "lines 4 and 9", "lines 4, 9, 12, 15, 18 and 3 more". */
export function describeLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.length > 6 ? lines.slice(0, 5) : lines.slice(0, -1);
  const rest = lines.length > 6 ? `${lines.length - 5} more` : String(lines.at(-1));
  return `lines ${shown.join(', ')} and ${rest}`;
}

function ticketCount(count: number): string {
  return count === 1 ? '1 ticket' : `${count} tickets`;
}

export function readTicketExport(fileName: string, table: DelimitedText, columns: TicketColumns): SourceReading {
  const heading = (index: number) => table.header[index] ?? `column ${index + 1}`;
  if (columns.date === -1) {
    return { ok: false, message: `"${nameInMessage(fileName)}" looks like a ticket export (${heading(columns.priority)}, ${heading(columns.response)}) but has no date column to place each ticket in a month.` };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const dateCells = table.rows.map((row) => row.cells[columns.date]?.trim() ?? '');
  const order = dayOrderOf(dateCells);
  if (!order.decided && dateCells.some((cell) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(cell))) {
    notes.push('Dates such as 03/07/2025 are read day first (3 July 2025), as no date in the file says otherwise.');
  }
  const unknownPriorities = new Map<string, number[]>();
  const badDates: number[] = [];
  const unanswered: number[] = [];
  const tickets: Ticket[] = [];
  table.rows.forEach((row, index) => {
    const cell = (column: number) => row.cells[column]?.trim() ?? '';
    const priority = ticketPriorityOf(cell(columns.priority));
    if (priority === null) {
      unknownPriorities.set(cell(columns.priority), [...(unknownPriorities.get(cell(columns.priority)) ?? []), row.line]);
      return;
    }
    const month = monthOfDate(dateCells[index]!, order.order);
    if (month === null) {
      badDates.push(row.line);
      return;
    }
    const response = parseNumberEntry(cell(columns.response));
    if (!response.ok) problems.push(`Line ${row.line}, ${heading(columns.response)}: ${response.message}; the ticket is left out.`);
    else if (response.value === null) unanswered.push(row.line);
    else if (response.value < 0) problems.push(`Line ${row.line}, ${heading(columns.response)}: a response time cannot be negative (${cell(columns.response)}); the ticket is left out.`);
    else tickets.push({ line: row.line, priority: priority.name, month, response: response.value });
  });
  for (const [value, lines] of unknownPriorities) {
    const what = value === '' ? 'no priority' : `the priority "${nameInMessage(value)}"`;
    problems.push(`${ticketCount(lines.length)} with ${what} (${describeLines(lines)}) left out: the priorities are less urgent, urgent, very urgent and top priority.`);
  }
  if (badDates.length > 0) {
    problems.push(`${ticketCount(badDates.length)} without a date that reads as a day (${describeLines(badDates)}) left out; write dates as 2025-07-14 or 14/07/2025.`);
  }
  if (unanswered.length > 0) problems.push(`${ticketCount(unanswered.length)} without a response time (${describeLines(unanswered)}) left out.`);
  if (tickets.length === 0) {
    return { ok: false, message: `"${nameInMessage(fileName)}" holds no ticket with a priority, a date and a response time${problems.length > 0 ? `: ${problems[0]!.replace(/\.$/, '')}` : ''}.` };
  }
  return {
    ok: true,
    source: {
      kind: 'tickets',
      fileName,
      columns: { priority: heading(columns.priority), date: heading(columns.date), response: heading(columns.response) },
      tickets,
      headingUnit: unitInHeading(heading(columns.response)),
      problems,
      notes,
    },
  };
}
