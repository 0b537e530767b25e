// The explicit part of Unicode's bidirectional algorithm (UAX #9, rules X1–X8), enough to tell
// whether a character of a paragraph is under an embedding or override that a control earlier
// in the paragraph opened: such a character is laid out out of its order.

const OPENERS: Record<string, 'embedding' | 'isolate'> = {
  '\u202a': 'embedding', // LRE
  '\u202b': 'embedding', // RLE
  '\u202d': 'embedding', // LRO
  '\u202e': 'embedding', // RLO
  '\u2066': 'isolate', // LRI
  '\u2067': 'isolate', // RLI
  '\u2068': 'isolate', // FSI
};
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * For each character of one paragraph, how many embeddings or overrides opened by controls in
 * its own isolate (or at the paragraph's level) hold it: 0 is laid out in its place.
 */
export function embeddingDepths(paragraph: string): number[] {
  // Each frame: an isolate's scope (the paragraph is the outermost), with the embeddings open in it.
  const frames: number[] = [0];
  const depths: number[] = [];
  for (const character of paragraph) {
    const kind = OPENERS[character];
    const depth = frames.at(-1)!;
    depths.push(depth);
    if (kind === 'embedding') frames[frames.length - 1] = depth + 1;
    else if (kind === 'isolate') frames.push(0);
    else if (character === PDF && depth > 0) frames[frames.length - 1] = depth - 1;
    // A PDI closes its isolate and every embedding opened inside it; without an isolate open it does nothing.
    else if (character === PDI && frames.length > 1) {
      frames.pop();
      depths[depths.length - 1] = frames.at(-1)!;
    }
  }
  return depths;
}

/** Whether every character of `words`, where it stands in the paragraph after `from`, lies outside any embedding. */
export function wordsInOrder(paragraph: string, words: string, from = 0): boolean {
  const start = paragraph.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the paragraph`);
  const characters = [...paragraph];
  const startPoint = [...paragraph.slice(0, start)].length;
  const depths = embeddingDepths(paragraph);
  return characters.slice(startPoint, startPoint + [...words].length).every((_, index) => depths[startPoint + index] === 0);
}
