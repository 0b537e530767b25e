// The charts in the document: each drawn figure (word-figures.ts) an image on its own line,
// kept on the page of its caption, then the caption.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { captionParagraph, type CaptionCounter } from './word-captions';
import type { DrawnFigure, PendingFigure } from './word-figures';
import type { ImageStandIns } from './word-package';

/**
 * Each drawing's id is its figure's number: unique in the document, and the same in every export
 * of it (docx would count drawings across every document the process made, and the command line's
 * snapshot keeps the count its build's warm-up left).
 */
export function figureParagraphs(figures: readonly (DrawnFigure | PendingFigure)[], captions: CaptionCounter, images: ImageStandIns): Paragraph[] {
  return figures.flatMap((figure) => [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: 'png' in figure ? images.standIn(figure.png) : images.standInFor(figure.imageKey),
          transformation: figure.size,
          altText: { id: String(captions.Figure + 1), name: figure.chart.id, title: figure.chart.title, description: figure.altText },
        }),
      ],
    }),
    captionParagraph('Figure', figure.caption, captions),
  ]);
}
