// Names as messages quote them. Kept apart from the words of the drafts: the schema's own
// messages quote names too, and the model must not reach the words written from it.
import { isolated } from './bidi-text';

/** The most of a name a message quotes: enough to know it by, never a whole pasted page. */
export const NAME_IN_MESSAGE_MAX = 60;

/**
 * A name (a metric's, a person's, a file's) or an entry as a message quotes it: on one line, cut
 * to about 60 characters with "…", and isolated where it is written right to left or holds a
 * bidirectional control, so the message's own words keep their order. Every message that quotes
 * a name quotes it through here.
 */
export function nameInMessage(name: string): string {
  // Only the head is looked at: a name of millions of characters costs no more than a short one.
  const looked = 4 * NAME_IN_MESSAGE_MAX;
  const characters = [...name.slice(0, looked).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')];
  const cut = characters.length > NAME_IN_MESSAGE_MAX || name.length > looked;
  const shown = cut ? `${characters.slice(0, NAME_IN_MESSAGE_MAX - 1).join('').trimEnd()}…` : characters.join('');
  return isolated(shown);
}
