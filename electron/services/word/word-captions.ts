// "Table 1: …" and "Figure 2: …" as Word's own captions: the number is a SEQ field, so Word can
// build a table of figures and update references, with its value written in, so every reader
// (LibreOffice, pandoc, a screen reader) sees it without updating fields.
import { Paragraph, SimpleField, TextRun } from 'docx';
import type { DocumentWords } from '../../../shared/i18n/document-words';

/** A caption's kind, and the name of its SEQ sequence (the field's name, never shown: Word's own English names). */
export type CaptionKind = 'Table' | 'Figure';

export interface CaptionCounter {
  Table: number;
  Figure: number;
  /** The document's words: "Table" is "Tableau" in French, "Tabelle" in German. */
  words: DocumentWords;
}

export function newCaptionCounter(words: DocumentWords): CaptionCounter {
  return { Table: 0, Figure: 0, words };
}

function kindName(kind: CaptionKind, counter: CaptionCounter): string {
  return counter.words.say(kind === 'Table' ? 'caption.table' : 'caption.figure');
}

/** The next caption of its kind; a table's sits above the table (TableCaption), a figure's under it (Caption). */
export function captionParagraph(kind: CaptionKind, text: string, counter: CaptionCounter): Paragraph {
  counter[kind] += 1;
  const number = counter[kind];
  return new Paragraph({
    style: kind === 'Table' ? 'TableCaption' : 'Caption',
    children: [new TextRun(`${kindName(kind, counter)} `), new SimpleField(` SEQ ${kind} \\* ARABIC `, String(number)), new TextRun(counter.words.colon('', text))],
  });
}

/** What the next caption of a kind will say before its text ("Table 1"), for a table's own description. */
export function nextCaptionLabel(kind: CaptionKind, counter: CaptionCounter): string {
  return `${kindName(kind, counter)} ${counter[kind] + 1}`;
}
