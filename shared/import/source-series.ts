// The monthly series a source gives under the person's choices: ARGO's monthly availability
// and reliability for the chosen entry, a spreadsheet's columns, the tickets' monthly means.
import { describeMonth } from '../month-cells';
import { describeEntry, findEntry, selectableEntries, type ImportChoices } from './import-choices';
import { describeLines } from './ticket-export';
import { TICKET_PRIORITIES, type ArgoEntry, type ArgoSource, type ImportSource, type SourceFigure, type SourceSeries, type TicketSource } from './source-types';
import { nameInMessage } from '../message-names';

export type SeriesReading =
  | { ok: true; series: SourceSeries[]; problems: string[]; notes: string[]; description: string }
  | { ok: false; reason: string };

// ARGO writes Go's %g of a float: 99.99999900000002, 100, 1e-05.
const ARGO_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function dayRange(entry: ArgoEntry): string {
  const days = entry.results.map((result) => result.date.slice(0, 10)).sort();
  const first = days[0]!;
  const last = days.at(-1)!;
  return first === last ? first : `${first} to ${last}`;
}

/**
 * Daily results are refused, not combined: the report carries ARGO's own monthly figures, and
 * a month's A/R is not the mean of its days when unknown time or downtime differs from day to
 * day (nor can a group's days, which carry no up and unknown time, be weighted at all).
 */
function dailyRefusal(source: ArgoSource, entries: readonly ArgoEntry[]): string {
  const which = entries.length === 1 ? ` for ${entries[0]!.id}` : '';
  return (
    `"${nameInMessage(source.fileName)}" holds daily results${which} (${dayRange(entries[0]!)}). Report Desk imports ARGO's monthly figures: ` +
    `a month's availability is not the mean of its days when unknown time differs from day to day. Ask ARGO for the same results with granularity=monthly.`
  );
}

function argoSeries(source: ArgoSource, choices: ImportChoices): SeriesReading {
  const selectable = selectableEntries(source);
  if (selectable.length > 0 && selectable.every((entry) => entry.granularity === 'daily')) return { ok: false, reason: dailyRefusal(source, selectable) };
  let entry: ArgoEntry | undefined;
  if (choices.entry === null) {
    if (selectable.length !== 1) {
      return { ok: false, reason: `Choose which of the ${selectable.length} groups and endpoints in "${nameInMessage(source.fileName)}" to import: ${selectable.map((one) => one.id).join('; ')}.` };
    }
    entry = selectable[0];
  } else {
    const found = findEntry(source, choices.entry);
    if (!found.ok) return { ok: false, reason: `${found.message[0]!.toUpperCase()}${found.message.slice(1)}.` };
    entry = found.entry;
  }
  if (entry === undefined) return { ok: false, reason: `"${nameInMessage(source.fileName)}" holds no results.` };
  if (entry.results.length === 0) {
    const children = source.entries.filter((other) => other.path.length === entry.path.length + 1 && other.id.startsWith(`${entry.id} / `));
    const within = children.length === 0 ? '' : `, only ${children.map((child) => child.name).join(', ')} within it; choose one of them`;
    return { ok: false, reason: `${entry.id} has no results of its own in "${nameInMessage(source.fileName)}"${within}.` };
  }
  if (entry.granularity === 'daily') return { ok: false, reason: dailyRefusal(source, [entry]) };
  if (entry.granularity === 'mixed') return { ok: false, reason: `${entry.id} in "${nameInMessage(source.fileName)}" mixes monthly and daily results; ask ARGO again with granularity=monthly.` };
  const problems = [...entry.problems];
  const series = (['availability', 'reliability'] as const).map((name): SourceSeries => {
    const figures: SourceFigure[] = [];
    for (const result of entry.results) {
      const given = result[name];
      const value = ARGO_NUMBER.test(given.trim()) ? Number(given) : Number.NaN;
      const where = `${entry.id}, ${result.date}`;
      if (!Number.isFinite(value)) problems.push(`${where}: the ${name} "${nameInMessage(given)}" is not a number; left out.`);
      else if (value < 0 || value > 100) problems.push(`${where}: the ${name} ${given} is not a percentage between 0 and 100; left out.`);
      else figures.push({ month: result.date, value, given, where });
    }
    return { name, figures };
  });
  // A month given twice (a file joined from two answers) could be either figure: neither is taken.
  const counts = new Map<string, number>();
  for (const result of entry.results) counts.set(result.date, (counts.get(result.date) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  for (const [month, count] of repeated) problems.push(`${entry.id} has ${count} results for ${describeMonth(month)}; none of them is imported.`);
  for (const one of series) one.figures = one.figures.filter((figure) => (counts.get(figure.month) ?? 0) === 1);
  return { ok: true, series, problems, notes: [], description: `ARGO results (${source.format.toUpperCase()}), monthly, for ${describeEntry(entry)}` };
}

function ticketSeries(source: TicketSource, choices: ImportChoices): SeriesReading {
  const problems = [...source.problems];
  if (source.headingUnit !== null && source.headingUnit !== choices.responseUnit) {
    const said = (unit: string) => (unit === 'hours' ? 'hours' : 'working days');
    problems.push(`The column "${nameInMessage(source.columns.response)}" reads as ${said(source.headingUnit)}, but its times are taken as ${said(choices.responseUnit)}, as chosen.`);
  }
  const series = TICKET_PRIORITIES.map(({ name }): SourceSeries => {
    const byMonth = new Map<string, { total: number; lines: number[] }>();
    for (const ticket of source.tickets) {
      if (ticket.priority !== name) continue;
      const month = byMonth.get(ticket.month) ?? { total: 0, lines: [] };
      byMonth.set(ticket.month, { total: month.total + ticket.response, lines: [...month.lines, ticket.line] });
    }
    const figures = [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, { total, lines }]) => ({
      month,
      value: total / lines.length,
      given: lines.length === 1 ? '1 ticket' : `mean of ${lines.length} tickets`,
      where: describeLines(lines),
    }));
    return { name, figures };
  }).filter((one) => one.figures.length > 0);
  const unit = choices.responseUnit === 'hours' ? 'hours' : 'working days';
  return { ok: true, series, problems, notes: [...source.notes], description: `Ticket export: ${source.tickets.length} tickets, response times in ${unit}` };
}

export function sourceSeries(source: ImportSource, choices: ImportChoices): SeriesReading {
  if (source.kind === 'argo') return argoSeries(source, choices);
  if (source.kind === 'tickets') return ticketSeries(source, choices);
  return { ok: true, series: source.series, problems: [...source.problems], notes: [...source.notes], description: `Spreadsheet: months in "${nameInMessage(source.monthColumn)}", ${source.series.length === 1 ? 'one column' : `${source.series.length} columns`} of figures` };
}
