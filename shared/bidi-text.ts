// Names and units set apart from the words around them. A name written right to left, or one
// holding a bidirectional control (pasted from anywhere: U+202E turns the rest of its line
// backwards), is wrapped in an isolate, so the app's own words beside it keep their order:
// "محمد عبد الله: 0.5 PM", and "Availability in % …" after a unit ending in U+202E.

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
/** Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks LRM, RLM and ALM. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Whether the text holds a bidirectional control character. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * The text with its own isolates paired: a closing one with nothing to close is left out (it
 * would close the isolate around the name), one left open is closed at the end. Embeddings and
 * overrides need nothing: the isolate's end closes them.
 */
function pairedIsolates(text: string): string {
  let open = 0;
  let paired = '';
  for (const character of text) {
    if (ISOLATE_OPENERS.has(character)) open += 1;
    else if (character === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open -= 1;
    }
    paired += character;
  }
  return paired + POP_DIRECTIONAL_ISOLATE.repeat(open);
}

/** Already one whole isolate: FSI first, and its own PDI last. */
function isWhollyIsolated(text: string): boolean {
  if (!text.startsWith(FIRST_STRONG_ISOLATE) || !text.endsWith(POP_DIRECTIONAL_ISOLATE)) return false;
  let open = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (ISOLATE_OPENERS.has(character)) open += 1;
    else if (character === POP_DIRECTIONAL_ISOLATE) {
      open -= 1;
      if (open === 0) return index === text.length - 1;
    }
  }
  return false;
}

/**
 * A name set apart from the numbers and words around it, where it is written right to left or
 * holds a bidirectional control. Other names are left as they are, so the text stays byte for
 * byte what the person typed; a name isolated already is not wrapped again.
 */
export function isolated(name: string): string {
  if (!RIGHT_TO_LEFT.test(name) && !BIDI_CONTROL.test(name)) return name;
  if (isWhollyIsolated(name) && pairedIsolates(name) === name) return name;
  return `${FIRST_STRONG_ISOLATE}${pairedIsolates(name)}${POP_DIRECTIONAL_ISOLATE}`;
}
