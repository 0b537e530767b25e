// The words of a document in its language: its catalogue's messages (ICU MessageFormat through
// intl-messageformat: plurals by the language's own rules, selects), and its numbers, months,
// lists and quotes through Intl. English writes exactly what the app wrote before it had
// catalogues ("99.76 %", "Jan 2026", "a, b and c"), whatever Intl's English would say.
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { messageSource } from './message-source';
import type { MessageKey, MessageValues } from './catalogues';
import { documentLanguage, documentLocale, type DocumentLanguage } from './document-language';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

/** A figure as the app writes it before it is put in a locale: "99.76", "-0.5", digits and a point. */
const PLAIN_FIGURE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export interface DocumentWords {
  /** The catalogue's language: en, fr or de. */
  readonly language: DocumentLanguage;
  /** The locale numbers and months are written in: the report's tag, or en-GB. */
  readonly locale: string;
  /** A message of the catalogue, with its values. */
  say<Key extends MessageKey>(key: Key, ...values: keyof MessageValues<Key> extends never ? [] : [MessageValues<Key>]): string;
  /** A figure the app has rounded ("99.76") in the locale's digits ("99,76"); anything else as it is. */
  number(figure: string): string;
  /** A count in the locale's digits: 2,340 in English, 2 340 in French, 2.340 in German. */
  count(value: number): string;
  /** Whether a figure as written ("1", "1,5", "1,00") takes the singular, by the language's plural rules. */
  takesSingular(shown: string): boolean;
  /** The space between a figure and its unit: French sets a narrow no-break space before %, otherwise a no-break space. */
  unitSpace(unit: string): string;
  /** "a", "a and b", "a, b and c": the locale's list. */
  list(items: readonly string[]): string;
  /** "Label: value", with the language's space before the colon. */
  colon(before: string, after: string): string;
  /** "a; b", with the language's space before the semicolon. */
  semicolon(before: string, after: string): string;
  /** A title quoted as the language quotes: “…”, « … », „…“. */
  quoted(text: string): string;
  /** "January", "janvier", "Januar". */
  monthName(month: number): string;
  /** A month and its year, short: "Jan 2026", "janv. 2026", "Jan. 2026". */
  shortMonth(year: number, month: number): string;
}

// intl-messageformat resolves each message's locale through Intl.NumberFormat.supportedLocalesOf,
// whose first call loads ICU's number data: 11 ms at the start of every command, English included,
// which formats no number through Intl. The locales here are whole tags documentLocale chose.
IntlMessageFormat.resolveLocale = (locales?: string | string[]) => new Intl.Locale(typeof locales === 'string' ? locales : (locales?.[0] ?? DEFAULT_LANGUAGE_TAG));

/** An English count as Intl's en-GB writes it ("2,340"), without loading ICU's number data for it. */
function englishCount(value: number): string {
  // -0 as Intl writes it ("-0"), and anything but a whole number, by Intl itself.
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return new Intl.NumberFormat('en-GB').format(value);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

/** What a plural's "#" is written with in English: intl-messageformat calls only its format(). */
const ENGLISH_COUNTS = { format: englishCount } as unknown as Intl.NumberFormat;

/** A made formatter for each set of arguments, as intl-messageformat's own formatters keep them. */
function kept<Made>(cache: Map<string, Made>, args: unknown, make: () => Made): Made {
  const id = JSON.stringify(args);
  let made = cache.get(id);
  if (made === undefined) {
    made = make();
    cache.set(id, made);
  }
  return made;
}

/** The Intl formatters a language's messages use: English counts its plurals' "#" without Intl. */
function messageFormatters(language: DocumentLanguage): Formatters {
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const plurals = new Map<string, Intl.PluralRules>();
  return {
    getNumberFormat: (locales, options) =>
      language === 'en' && options === undefined ? ENGLISH_COUNTS : kept(numbers, [locales, options], () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions | undefined)),
    getDateTimeFormat: (...args) => kept(dates, args, () => new Intl.DateTimeFormat(...args)),
    getPluralRules: (...args) => kept(plurals, args, () => new Intl.PluralRules(...args)),
  };
}

function monthDate(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 15));
}

/** The Intl formatters a language's words use, made when first needed. */
interface LocaleFormats {
  figures: Map<number, Intl.NumberFormat>;
  counts: Intl.NumberFormat;
  lists: Intl.ListFormat;
  longMonths: Intl.DateTimeFormat;
  shortMonths: Intl.DateTimeFormat;
  decimal: string;
  group: string;
}

function localeFormats(locale: string): LocaleFormats {
  const figure = new Intl.NumberFormat(locale).formatToParts(12345.5);
  return {
    figures: new Map(),
    counts: new Intl.NumberFormat(locale),
    lists: new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
    longMonths: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
    shortMonths: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    decimal: figure.find((part) => part.type === 'decimal')?.value ?? '.',
    group: figure.find((part) => part.type === 'group')?.value ?? ',',
  };
}

class LocaleWords implements DocumentWords {
  readonly language: DocumentLanguage;
  readonly locale: string;
  private readonly percentSpace: string;
  private made: LocaleFormats | null = null;
  private readonly messages = new Map<MessageKey, IntlMessageFormat>();
  private intl: Formatters | null = null;

  constructor(tag: string) {
    this.language = documentLanguage(tag);
    this.locale = documentLocale(tag);
    // French typography sets a narrow no-break space before %, German a no-break space. Set here,
    // not read from Intl: the ICU data of Node and of Chromium differ on it, and the window's
    // drafts must read as the exported document does.
    this.percentSpace = this.language === 'fr' ? NARROW_NO_BREAK_SPACE : NO_BREAK_SPACE;
  }

  private get formats(): LocaleFormats {
    return (this.made ??= localeFormats(this.locale));
  }

  /** Lets go of the Intl formatters and of the messages that hold them, made again when next needed. */
  forget(): void {
    this.made = null;
    this.messages.clear();
    this.intl = null;
  }

  private message(key: MessageKey): IntlMessageFormat {
    let message = this.messages.get(key);
    if (message === undefined) {
      message = new IntlMessageFormat(messageSource(this.language, key), this.locale, undefined, { formatters: (this.intl ??= messageFormatters(this.language)) });
      this.messages.set(key, message);
    }
    return message;
  }

  say<Key extends MessageKey>(key: Key, ...values: keyof MessageValues<Key> extends never ? [] : [MessageValues<Key>]): string {
    const said = this.message(key).format(values[0]);
    return Array.isArray(said) ? said.join('') : String(said);
  }

  number(figure: string): string {
    // English writes figures as they are rounded: nothing to do, in the grid's every keystroke.
    if (this.language === 'en') return figure;
    const match = PLAIN_FIGURE.exec(figure);
    if (match === null) return figure;
    const places = match[3]?.length ?? 0;
    const { figures } = this.formats;
    let format = figures.get(places);
    if (format === undefined) {
      // Thousands grouped from five digits (12 345), as French and German typesetters do; 1234 stays whole.
      format = new Intl.NumberFormat(this.locale, { minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: 'min2' });
      figures.set(places, format);
    }
    return format.format(Number(figure));
  }

  count(value: number): string {
    if (this.language === 'en') return englishCount(value);
    return this.formats.counts.format(value);
  }

  takesSingular(shown: string): boolean {
    // English as it always wrote it: "1 working day", "1.00 working days".
    if (this.language === 'en') return /^[+-]?1$/.test(shown);
    // Read back as written in the locale: its grouping left out, its decimal mark a point.
    const { group, decimal } = this.formats;
    const plain = [...shown].filter((character) => character !== group && !/\s/.test(character)).join('').replace(decimal, '.');
    const value = Number(plain);
    if (!Number.isFinite(value)) return false;
    // French "1,5 jour", German "1 Tag" but "1,0 Tage": the plural rules see the decimals written.
    const places = /\.(\d+)$/.exec(plain)?.[1]?.length ?? 0;
    return new Intl.PluralRules(this.locale, { minimumFractionDigits: places, maximumFractionDigits: places }).select(value) === 'one';
  }

  unitSpace(unit: string): string {
    if (this.language === 'en') return ' ';
    return unit === '%' ? this.percentSpace : NO_BREAK_SPACE;
  }

  list(items: readonly string[]): string {
    if (this.language !== 'en') return this.formats.lists.format(items);
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
  }

  colon(before: string, after: string): string {
    return this.say('punctuation.colon', { before, after });
  }

  semicolon(before: string, after: string): string {
    return this.say('punctuation.semicolon', { before, after });
  }

  quoted(text: string): string {
    return this.say('punctuation.quoted', { text });
  }

  monthName(month: number): string {
    if (this.language === 'en') return ENGLISH_MONTHS[month - 1] ?? '';
    return this.formats.longMonths.format(monthDate(2000, month));
  }

  shortMonth(year: number, month: number): string {
    if (this.language === 'en') return `${ENGLISH_MONTHS[month - 1]?.slice(0, 3) ?? ''} ${year}`;
    return this.formats.shortMonths.format(monthDate(year, month));
  }
}

const byTag = new Map<string, LocaleWords>();

/** The words of a document in the report's language (its BCP 47 tag, "fr-FR"); English for a language without a catalogue. */
export function documentWords(tag: string): DocumentWords {
  let words = byTag.get(tag);
  if (words === undefined) {
    words = new LocaleWords(tag);
    byTag.set(tag, words);
  }
  return words;
}

/**
 * Lets go of every Intl formatter kept so far, and of the formatted messages that hold them; each
 * is made again when next needed, from the parsed message kept (message-source.ts). The command
 * line's start-up snapshot calls it before V8 writes its heap, which cannot hold the ICU objects
 * an Intl formatter wraps.
 */
export function forgetLocaleFormatters(): void {
  for (const words of byTag.values()) words.forget();
}

/** The language a report is written in unless the person says otherwise (the schema's DEFAULT_LANGUAGE). */
export const DEFAULT_LANGUAGE_TAG = 'en-GB';

/** The English words, as the window and every text that is not the document's say them. */
export const ENGLISH_WORDS: DocumentWords = documentWords(DEFAULT_LANGUAGE_TAG);
