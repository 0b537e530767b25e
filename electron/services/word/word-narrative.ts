// A section's text as Word paragraphs: every line its own paragraph, an empty line a gap above the next,
// "- " and "• " lines real list items (indented ones a level down), "1. " lines a numbered
// list, web addresses real links.
import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { BULLET_LIST, NUMBERED_LIST } from './word-styles';
import { xmlText, type XmlBlocks } from './word-package';

const BULLET_LINE = /^(\s*)[-\u2022*]\s+(.*)$/;
/** "1. ", "2) ": one or two digits, so "2025. A good year" stays a sentence. */
const NUMBERED_LINE = /^(\s*)\d{1,2}[.)]\s+(.*)$/;
const WEB_ADDRESS = /https?:\/\/[^\s<>"]+/g;
const HAS_WEB_ADDRESS = /https?:\/\//;

/** Splits off the punctuation that ends the sentence around an address, not the address itself. */
function trimAddress(candidate: string): string {
  let address = candidate.replace(/[.,;:!?'"]+$/, '');
  // "(see https://host/page)": the closing bracket is the sentence's unless the address opened one.
  while (address.endsWith(')') && (address.match(/\(/g) ?? []).length < (address.match(/\)/g) ?? []).length) {
    address = address.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
  }
  return address;
}

export function lineRuns(line: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let cursor = 0;
  for (const match of line.matchAll(WEB_ADDRESS)) {
    const address = trimAddress(match[0]);
    const start = match.index;
    if (start > cursor) runs.push(new TextRun(line.slice(cursor, start)));
    runs.push(new ExternalHyperlink({ link: address, children: [new TextRun({ text: address, style: 'Hyperlink' })] }));
    cursor = start + address.length;
  }
  if (cursor < line.length) runs.push(new TextRun(line.slice(cursor)));
  return runs;
}

/** The lines of a text without the blank lines at its start and end (a trailing newline is no gap). */
export function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Two spaces or a tab before the marker put an item one level down. */
function listLevel(leading: string): number {
  return leading.replace(/\t/g, '  ').length >= 2 ? 1 : 0;
}

/** Numbered lists met so far in the document: each gets its own instance, counting from 1. */
export interface ListCounter {
  numberedLists: number;
}

/** An empty line in the text: space before the next paragraph, as Word sets a gap, not an empty paragraph. */
const GAP = 200;

/** A text longer than this (a draft naming each of thousands of metrics) has its plain lines written as XML text. */
const LONG_TEXT_LINES = 200;

/** A line without list marker or address, as docx would write its paragraph. */
function plainParagraphXml(line: string, keepNext: boolean, gapBefore: boolean): string {
  const properties = keepNext || gapBefore ? `<w:pPr>${keepNext ? '<w:keepNext/>' : ''}${gapBefore ? `<w:spacing w:before="${GAP}"/>` : ''}</w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`;
}

/**
 * The paragraphs of a long text with each run of plain lines one block written as XML text when
 * the package is written: docx would make an object tree of tens of thousands of paragraphs.
 */
function withPlainRunsAsBlocks(paragraphs: (Paragraph | string)[], blocks: XmlBlocks): Paragraph[] {
  const result: Paragraph[] = [];
  let run: string[] = [];
  const closeRun = (): void => {
    if (run.length === 0) return;
    const lines = run;
    result.push(blocks.placeholder({ pieces: lines.length, render: () => lines }));
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (typeof paragraph === 'string') run.push(paragraph);
    else {
      closeRun();
      result.push(paragraph);
    }
  }
  closeRun();
  return result;
}

/**
 * keepLastWithNext: the last line stays on the page of what follows (the table it introduces).
 * lists: shared by the whole document, so two numbered lists never continue each other.
 * blocks: where a long text's plain lines go as XML text (withPlainRunsAsBlocks).
 */
export function narrativeParagraphs(text: string, lists: ListCounter, keepLastWithNext = false, blocks?: XmlBlocks): Paragraph[] {
  const lines = textLines(text);
  const asXml = blocks !== undefined && lines.length > LONG_TEXT_LINES;
  let inNumberedList = false;
  const paragraphs: (Paragraph | string)[] = [];
  lines.forEach((line, index) => {
    const keepNext = keepLastWithNext && index === lines.length - 1;
    const numbered = NUMBERED_LINE.exec(line);
    if (numbered === null && listLevel(BULLET_LINE.exec(line)?.[1] ?? '') === 0) inNumberedList = false;
    if (line === '') return;
    const spacing = index > 0 && lines[index - 1] === '' ? { spacing: { before: GAP } } : {};
    if (numbered !== null) {
      if (!inNumberedList) lists.numberedLists += 1;
      inNumberedList = true;
      const level = listLevel(numbered[1] ?? '');
      paragraphs.push(new Paragraph({ keepNext, ...spacing, children: lineRuns(numbered[2] ?? ''), numbering: { reference: NUMBERED_LIST, level, instance: lists.numberedLists } }));
      return;
    }
    const bullet = BULLET_LINE.exec(line);
    if (bullet !== null) {
      paragraphs.push(new Paragraph({ keepNext, ...spacing, children: lineRuns(bullet[2] ?? ''), numbering: { reference: BULLET_LIST, level: listLevel(bullet[1] ?? '') } }));
      return;
    }
    if (asXml && !HAS_WEB_ADDRESS.test(line)) paragraphs.push(plainParagraphXml(line, keepNext, spacing.spacing !== undefined));
    else paragraphs.push(new Paragraph({ keepNext, ...spacing, children: lineRuns(line) }));
  });
  return asXml ? withPlainRunsAsBlocks(paragraphs, blocks) : (paragraphs as Paragraph[]);
}
