// The table headings' shading in a template's own colours: its theme's first accent, made as light
// as Word's "Lighter 80%" (the luminance moved 80% of the way to white), so the headings wear the
// organisation's colour and black text stays readable on them. Only where a miss still stands out:
// an accent near the misses' red would shade every heading like a missed figure, and the app's own
// grey stays instead.
import { childElements, readXml } from '../../../shared/xml-reading';
import { NS } from './word-template';
import { COLOUR } from './word-page';

interface Hsl {
  hue: number;
  saturation: number;
  lightness: number;
}

function hsl(hex: string): Hsl {
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const most = Math.max(r, g, b);
  const least = Math.min(r, g, b);
  const lightness = (most + least) / 2;
  const chroma = most - least;
  if (chroma === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const sector = most === r ? ((g - b) / chroma + 6) % 6 : most === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return { hue: sector * 60, saturation, lightness };
}

function hex({ hue, saturation, lightness }: Hsl): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const second = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const [r, g, b] = hue < 60 ? [chroma, second, 0] : hue < 120 ? [second, chroma, 0] : hue < 180 ? [0, chroma, second] : hue < 240 ? [0, second, chroma] : hue < 300 ? [second, 0, chroma] : [chroma, 0, second];
  const offset = lightness - chroma / 2;
  return [r, g, b].map((channel) => Math.round((channel + offset) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The theme's first accent colour (a:accent1, as RGB or as the system colour it was last), or null. */
export function themeAccent(themeXml: string): string | null {
  const reading = readXml(themeXml);
  if (!reading.ok) return null;
  const accent = reading.root.getElementsByTagNameNS(NS.a, 'accent1')[0];
  const colour = accent === undefined ? undefined : childElements(accent)[0];
  const value = colour?.localName === 'srgbClr' ? colour.getAttribute('val') : colour?.localName === 'sysClr' ? colour.getAttribute('lastClr') : null;
  return value != null && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : null;
}

/** How far apart two hues are around the circle, in degrees. */
function hueDistance(a: number, b: number): number {
  const apart = Math.abs(a - b) % 360;
  return apart > 180 ? 360 - apart : apart;
}

/** The shading for table headings from the theme, or null where the app's own grey stays (no theme, no accent, or one a miss would be taken for). */
export function themeHeaderFill(themeXml: string | null): string | null {
  const accent = themeXml === null ? null : themeAccent(themeXml);
  if (accent === null) return null;
  const colour = hsl(accent);
  const miss = hsl(COLOUR.missFill);
  if (colour.saturation > 0.2 && hueDistance(colour.hue, miss.hue) < 40) return null;
  return hex({ ...colour, lightness: colour.lightness * 0.2 + 0.8 });
}
