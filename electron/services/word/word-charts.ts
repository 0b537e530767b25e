// The charts in the document: each drawn figure (word-figures.ts) an image on its own line,
// kept on the page of its caption, then the caption. The image's paragraph is written as XML
// text (as docx writes a drawing), naming its image by relationship (FigureImages).
import type { Paragraph } from 'docx';
import { captionParagraph, type CaptionCounter } from './word-captions';
import { figureImageKey, type DrawnFigure, type PendingFigure } from './word-figures';
import { xmlText, type FigureImages, type XmlBlocks } from './word-package';

/** EMU (the drawing's unit) in a pixel at 96 per inch. */
const EMU_PER_PIXEL = 9525;
const DRAWING_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PICTURE = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

interface FigureDrawing {
  /** The figure's number. */
  id: number;
  relationship: string;
  widthPx: number;
  heightPx: number;
  name: string;
  title: string;
  description: string;
}

/** The figure's paragraph: centred, a little space above, kept with its caption; an inline picture as Word writes one. */
function drawingParagraphXml({ id, relationship, widthPx, heightPx, name, title, description }: FigureDrawing): string {
  const cx = Math.round(widthPx * EMU_PER_PIXEL);
  const cy = Math.round(heightPx * EMU_PER_PIXEL);
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0" w:before="160"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${id}" name="${xmlText(name)}" descr="${xmlText(description)}" title="${xmlText(title)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${DRAWING_MAIN}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${DRAWING_MAIN}"><a:graphicData uri="${PICTURE}"><pic:pic xmlns:pic="${PICTURE}">` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${relationship}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/**
 * Each figure's image paragraph, then its caption. The drawing's id is the figure's number, the
 * same in every export of the document (a template's stage numbers them after its own header's
 * pictures, word-template-apply).
 */
export function figureParagraphs(figures: readonly (DrawnFigure | PendingFigure)[], captions: CaptionCounter, images: FigureImages, blocks: XmlBlocks): Paragraph[] {
  return figures.flatMap((figure) => {
    const xml = drawingParagraphXml({
      id: captions.Figure + 1,
      relationship: 'png' in figure ? images.relationshipFor(figureImageKey(figure), figure.png) : images.relationshipFor(figure.imageKey),
      widthPx: figure.size.width,
      heightPx: figure.size.height,
      name: figure.chart.id,
      title: figure.chart.title,
      description: figure.altText,
    });
    return [blocks.placeholder({ pieces: 1, render: () => [xml] }), captionParagraph('Figure', figure.caption, captions)];
  });
}
