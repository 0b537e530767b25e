// ARGO's availability and reliability results, in the shapes its documentation shows
// (ARGOeu/argo-web-api: website/docs/apiv3/v3results.md, website/docs/results/results.md):
//   JSON {"results": [{name, type, results: [{date|timestamp, availability, reliability, …}],
//         groups|serviceflavors|endpoints: [… the same, nested]}]}
//   JSON by resource id {"id", "endpoints": [{name, service, group, info, results}]}
//   XML  <root><group name type><results timestamp availability reliability …/>
//        <group …> nested </group></group></root>
// Every figure is a string ("99.99999900000002"), kept as given until it is imported.
import { childElements, lineAndColumn, lineOf, ownText, readXml, type Element } from '../xml-reading';
import type { ArgoEntry, ArgoGranularity, ArgoResult, SourceReading } from './source-types';
import { nameInMessage } from '../message-names';

/** The lists a JSON node nests its children in: groups of groups, service flavours, endpoints. */
const CHILD_LISTS = ['groups', 'serviceflavors', 'endpoints'] as const;
const MONTHLY_DATE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAILY_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[\d:.]+Z?)?$/;

type Json = Record<string, unknown>;

/** A file in JSON or XML whose shape is not ARGO's; its message says where. */
class ArgoShapeError extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A figure as ARGO writes it: a string; a plain number is taken too, as its own text. */
function figureText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function granularityOf(results: readonly ArgoResult[]): ArgoGranularity {
  if (results.length === 0) return 'none';
  const monthly = results.filter((result) => MONTHLY_DATE.test(result.date)).length;
  if (monthly === results.length) return 'monthly';
  return monthly === 0 ? 'daily' : 'mixed';
}

class EntryList {
  readonly entries: ArgoEntry[] = [];

  add(fields: { name: string; type: string; path: string[]; details: string | null }, raw: readonly RawResult[]): void {
    const problems: string[] = [];
    const label = fields.path.join(' / ');
    const results: ArgoResult[] = [];
    for (const item of raw) {
      const place = `${label}, ${item.place}`;
      if (item.date === null) {
        problems.push(`${place} has no date (ARGO writes one with granularity=monthly or daily); left out.`);
        continue;
      }
      if (!MONTHLY_DATE.test(item.date) && !DAILY_DATE.test(item.date)) {
        problems.push(`${place}: "${nameInMessage(item.date)}" is not a month (2015-06) or a day (2015-06-22); left out.`);
        continue;
      }
      if (item.availability === null || item.reliability === null) {
        problems.push(`${label}, ${item.date} has no ${item.availability === null ? 'availability' : 'reliability'}; left out.`);
        continue;
      }
      results.push({ date: item.date, availability: item.availability, reliability: item.reliability, unknown: item.unknown, uptime: item.uptime, downtime: item.downtime });
    }
    // Two entries of one path (a file joined from two answers) stay apart, the second numbered.
    let id = label;
    for (let copy = 2; this.entries.some((entry) => entry.id === id); copy += 1) id = `${label} (${copy})`;
    this.entries.push({ ...fields, id, results, granularity: granularityOf(results), problems });
  }
}

interface RawResult {
  place: string;
  date: string | null;
  availability: string | null;
  reliability: string | null;
  unknown: string | null;
  uptime: string | null;
  downtime: string | null;
}

function jsonResults(list: unknown): RawResult[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((result, index) => ({
    place: `result ${index + 1}`,
    date: figureText(result.date ?? result.timestamp),
    availability: figureText(result.availability),
    reliability: figureText(result.reliability),
    unknown: figureText(result.unknown),
    uptime: figureText(result.uptime),
    downtime: figureText(result.downtime),
  }));
}

function walkJson(node: unknown, parents: string[], defaultType: string, list: EntryList, where: string): void {
  if (!isObject(node)) throw new ArgoShapeError(`${where} is not an object.`);
  const name = figureText(node.name);
  if (name === null || name === '') throw new ArgoShapeError(`${where} has no name, so it cannot be chosen.`);
  const path = [...parents, name];
  const type = typeof node.type === 'string' && node.type !== '' ? node.type : defaultType;
  list.add({ name, type, path, details: jsonDetails(node) }, jsonResults(node.results));
  for (const key of CHILD_LISTS) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    const childType = key === 'endpoints' ? 'endpoint' : key === 'serviceflavors' ? 'service' : 'group';
    children.forEach((child, index) => walkJson(child, path, childType, list, `${path.join(' / ')}, ${key}[${index}]`));
  }
}

function jsonDetails(node: Json): string | null {
  const words = [
    typeof node.service === 'string' ? `service ${node.service}` : null,
    typeof node.group === 'string' ? `group ${node.group}` : null,
    typeof node.supergroup === 'string' ? `group ${node.supergroup}` : null,
  ].filter((word): word is string => word !== null);
  return words.length === 0 ? null : words.join(', ');
}

const NOT_ARGO = 'is not ARGO availability and reliability results';

/** ARGO's own error answer ({"status": {"message", "code"}} or {"message", "code"}), in words. */
function argoError(data: Json): string | null {
  const status = isObject(data.status) ? data.status : data;
  const message = figureText(status.message);
  if (message === null || 'results' in data || 'endpoints' in data) return null;
  const code = figureText(status.code);
  const details = Array.isArray(data.errors) ? data.errors.filter(isObject).map((error) => figureText(error.details)).find((text) => text !== null) : null;
  return `is an error answer from ARGO, not results: "${nameInMessage(message)}"${code === null ? '' : ` (${code})`}${details == null ? '' : `: ${details}`}`;
}

/** Where a JSON parse error points, as "line 27, column 5", from the engine's "position N". */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (position === null) return reason;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `line ${line}, column ${column}: ${reason}`;
}

function quoted(fileName: string): string {
  return `"${nameInMessage(fileName)}"`;
}

export function readArgoJson(fileName: string, text: string): SourceReading {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: `${quoted(fileName)} is not valid JSON (${jsonErrorPlace(text, error)}).` };
  }
  if (!isObject(data)) return { ok: false, message: `${quoted(fileName)} ${NOT_ARGO}: it holds a JSON ${Array.isArray(data) ? 'list' : typeof data}, where ARGO sends an object with "results".` };
  const error = argoError(data);
  if (error !== null) return { ok: false, message: `${quoted(fileName)} ${error}.` };
  const list = new EntryList();
  try {
    if (Array.isArray(data.results)) {
      data.results.forEach((node, index) => walkJson(node, [], 'group', list, `results[${index}]`));
    } else if (Array.isArray(data.endpoints)) {
      const endpoints = data.endpoints.filter(isObject);
      if (endpoints.some((endpoint) => 'statuses' in endpoint && !('results' in endpoint))) {
        return { ok: false, message: `${quoted(fileName)} holds endpoint status timelines (OK, WARNING, CRITICAL), not availability and reliability figures; export A/R results instead.` };
      }
      readById(data, endpoints, list);
    } else {
      return { ok: false, message: `${quoted(fileName)} ${NOT_ARGO}: it has no "results" list (nor the "endpoints" list of results by resource id).` };
    }
  } catch (problem) {
    if (problem instanceof ArgoShapeError) return { ok: false, message: `${quoted(fileName)} ${NOT_ARGO} as ARGO writes them: ${problem.message}` };
    throw problem;
  }
  return finish(fileName, 'json', list);
}

/** Results by resource id: each endpoint is placed under its endpoint group and service. */
function readById(data: Json, endpoints: readonly Json[], list: EntryList): void {
  const id = figureText(data.id);
  endpoints.forEach((endpoint, index) => {
    const name = figureText(endpoint.name);
    if (name === null || name === '') throw new ArgoShapeError(`endpoints[${index}] has no name, so it cannot be chosen.`);
    const group = figureText(endpoint.group);
    const service = figureText(endpoint.service);
    const path = [group, service, name].filter((part): part is string => part !== null && part !== '');
    // Its group and service are in its path already; the resource id is what the person asked for.
    list.add({ name, type: figureText(endpoint.type) ?? 'endpoint', path, details: id === null ? null : `resource id ${id}` }, jsonResults(endpoint.results));
  });
}

function finish(fileName: string, format: 'json' | 'xml', list: EntryList): SourceReading {
  if (list.entries.length === 0) return { ok: false, message: `${quoted(fileName)} holds no groups or endpoints: ARGO found no results for what was asked.` };
  if (list.entries.every((entry) => entry.results.length === 0 && entry.problems.length === 0)) {
    return { ok: false, message: `${quoted(fileName)} names ${list.entries.length === 1 ? 'a group' : 'groups'} but holds no results for any of them.` };
  }
  return { ok: true, source: { kind: 'argo', fileName, format, entries: list.entries } };
}

function xmlResults(element: Element): RawResult[] {
  return childElements(element, 'results').map((child) => {
    const attribute = (name: string) => child.getAttribute(name);
    return {
      place: `line ${lineOf(child)}`,
      date: attribute('timestamp') ?? attribute('date'),
      availability: attribute('availability'),
      reliability: attribute('reliability'),
      unknown: attribute('unknown'),
      uptime: attribute('uptime'),
      downtime: attribute('downtime'),
    };
  });
}

function walkXml(element: Element, parents: string[], list: EntryList): void {
  const name = element.getAttribute('name');
  if (name === null || name === '') throw new ArgoShapeError(`the <group> on line ${lineOf(element)} has no name attribute.`);
  const path = [...parents, name];
  const details = [element.getAttribute('service'), element.getAttribute('supergroup')]
    .map((value, index) => (value === null ? null : `${index === 0 ? 'service' : 'group'} ${value}`))
    .filter((word) => word !== null)
    .join(', ');
  list.add({ name, type: element.getAttribute('type') ?? 'group', path, details: details === '' ? null : details }, xmlResults(element));
  for (const child of childElements(element, 'group')) walkXml(child, path, list);
}

export function readArgoXml(fileName: string, text: string): SourceReading {
  const xml = readXml(text);
  if (!xml.ok) return { ok: false, message: `${quoted(fileName)} is not well-formed XML (${xml.message}).` };
  const { root } = xml;
  const message = childElements(root, 'message')[0];
  const groups = childElements(root, 'group');
  if (message !== undefined && groups.length === 0) {
    const code = childElements(root, 'code').map(ownText)[0]?.trim();
    return { ok: false, message: `${quoted(fileName)} is an error answer from ARGO, not results: "${nameInMessage(ownText(message).trim())}"${code ? ` (${code})` : ''}.` };
  }
  if (groups.length === 0) return { ok: false, message: `${quoted(fileName)} ${NOT_ARGO}: its <${root.nodeName}> holds no <group> elements.` };
  const list = new EntryList();
  try {
    for (const group of groups) walkXml(group, [], list);
  } catch (problem) {
    if (problem instanceof ArgoShapeError) return { ok: false, message: `${quoted(fileName)} ${NOT_ARGO} as ARGO writes them: ${problem.message}` };
    throw problem;
  }
  return finish(fileName, 'xml', list);
}
