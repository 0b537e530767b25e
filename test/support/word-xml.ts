// The exported document's performance table read back from its XML: rows of cells, each with
// its text, its shading and its bold runs.

export interface Cell {
  xml: string;
  text: string;
  fill: string | null;
  boldTexts: string[];
}

export function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

export function cellsOf(rowXml: string): Cell[] {
  return [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, xml = '']) => ({
    xml,
    text: runText(xml),
    fill: /w:fill="([0-9A-Fa-f]{6})"/.exec(xml)?.[1]?.toUpperCase() ?? null,
    boldTexts: [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].filter(([, run = '']) => /<w:b\/>/.test(run)).map(([, run = '']) => runText(run)),
  }));
}

/** The rows of the performance table (the one headed "Service level parameter"), as cells. */
export function performanceRows(document: string): Cell[][] {
  const table = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]).find((xml) => xml.includes('Service level parameter'));
  if (table === undefined) throw new Error('The document has no performance table.');
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) => cellsOf(match[0]));
}
