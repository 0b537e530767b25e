// The document's words in each language: plural rules as each language has them, numbers and
// months through Intl, French and German typography, and every catalogue complete and well formed.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { CATALOGUES, type Catalogue } from '../../shared/i18n/catalogues';
import { en } from '../../shared/i18n/catalogue-en';
import { documentLanguage } from '../../shared/i18n/document-language';
import { documentWords, forgetLocaleFormatters } from '../../shared/i18n/document-words';
import { organisationForm } from '../../shared/i18n/organisation-names';
import { formatWithUnit, parseNumberEntry, withUnit } from '../../shared/numbers';
import { describePeriod, monthLabel } from '../../shared/periods';
import { defaultTitle } from '../../shared/sections';
import { monthOfName } from '../../shared/month-cells';

const french = documentWords('fr-FR');
const german = documentWords('de-DE');
const english = documentWords('en-GB');

describe('plural rules, as each language has them', () => {
  test('French: 1 personne, 2 personnes', () => {
    const effort = (people: number) => french.say('effort.sentence', { organisationForm: 'masculine', organisation: 'CNRS', pm: '12', months: 6, hasPlanned: 'no', planned: '', people });
    expect(effort(1)).toBe('L’effort global du CNRS est de 12 PM sur les 6 derniers mois, assuré par 1 personne\u202f:');
    expect(effort(2)).toBe('L’effort global du CNRS est de 12 PM sur les 6 derniers mois, réparti entre 2 personnes\u202f:');
    expect(effort(0)).toBe('L’effort global du CNRS est de 12 PM sur les 6 derniers mois.');
  });

  test('German: 1 Monat, 2 Monate', () => {
    expect(german.say('period.months', { months: 1 })).toBe('1 Monat');
    expect(german.say('period.months', { months: 2 })).toBe('2 Monate');
    expect(german.say('overview.metricInMonths', { metric: 'Verfügbarkeit', months: 1 })).toBe('Verfügbarkeit in 1 Monat');
    expect(german.say('overview.metricInMonths', { metric: 'Verfügbarkeit', months: 4 })).toBe('Verfügbarkeit in 4 Monaten');
  });

  test('English as it always was: 1 month, 6 months, 1 person, 3 persons', () => {
    expect(english.say('period.months', { months: 1 })).toBe('1 month');
    expect(english.say('period.months', { months: 6 })).toBe('6 months');
    const effort = (people: number) => english.say('effort.sentence', { organisationForm: 'other', organisation: 'CNRS', pm: '12', months: 6, hasPlanned: 'no', planned: '', people });
    expect(effort(1)).toBe('The global effort for CNRS is 12 PM for the last 6 months and is distributed over 1 person:');
    expect(effort(3)).toBe('The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:');
  });

  test('a unit agrees with its figure: "1 jour ouvré", "1,5 jour ouvré", "2 jours ouvrés"; "1 Arbeitstag", "1,0 Arbeitstage"', () => {
    expect(formatWithUnit(1, 'jours ouvrés', null, french)).toBe('1\u00a0jour ouvré');
    expect(formatWithUnit(1.5, 'jours ouvrés', null, french)).toBe('1,5\u00a0jour ouvré');
    expect(formatWithUnit(2, 'jours ouvrés', null, french)).toBe('2\u00a0jours ouvrés');
    expect(formatWithUnit(1, 'Arbeitstage', null, german)).toBe('1\u00a0Arbeitstag');
    expect(formatWithUnit(1, 'Arbeitstage', 1, german)).toBe('1,0\u00a0Arbeitstage');
    expect(formatWithUnit(1, 'ms', null, german)).toBe('1\u00a0ms');
    expect(formatWithUnit(1, 'working days')).toBe('1 working day');
  });
});

describe('numbers, months and periods in the report’s locale', () => {
  test('a decimal comma, grouping from five digits, and the language’s space before %', () => {
    expect(withUnit(french.number('99.76'), '%', french)).toBe('99,76\u202f%');
    expect(withUnit(german.number('99.76'), '%', german)).toBe('99,76\u00a0%');
    expect(withUnit(english.number('99.76'), '%', english)).toBe('99.76 %');
    expect(french.number('12345.5')).toBe('12\u202f345,5');
    expect(german.number('1234.5')).toBe('1234,5');
    expect(german.number('-0.25')).toBe('-0,25');
  });

  test('reading takes both separators whatever the report’s language', () => {
    expect(parseNumberEntry('99,94')).toEqual({ ok: true, value: 99.94 });
    expect(parseNumberEntry('99.94 %')).toEqual({ ok: true, value: 99.94 });
  });

  test('month names and the period’s name: "juillet 2025", "März 2026", "6 Monate"', () => {
    const meta = { period: { start: '2025-07', months: 6, name: null }, monthLabels: 'month-names' as const };
    expect(monthLabel(meta, 0, french)).toBe('juil. 2025');
    expect(monthLabel({ ...meta, period: { ...meta.period, start: '2026-03' } }, 0, german)).toBe('März 2026');
    expect(monthLabel(meta, 0)).toBe('Jul 2025');
    expect(describePeriod(meta, french)).toBe('juillet – décembre 2025');
    expect(describePeriod({ period: { start: '2025-11', months: 6, name: null } }, german)).toBe('November 2025 – April 2026');
    expect(describePeriod({ period: { start: null, months: 6, name: null } }, german)).toBe('6 Monate');
    expect(describePeriod({ period: { start: null, months: 6, name: null } }, french)).toBe('6 mois');
    expect(french.say('month.average', { month: 'M1' })).toBe('Moyenne M1');
  });

  test('a period named in French or German reads back to its months', () => {
    expect(monthOfName('juillet')).toBe(7);
    expect(monthOfName('März')).toBe(3);
    expect(monthOfName('Dezember')).toBe(12);
  });

  test('lists and quotes as each language writes them', () => {
    expect(english.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(french.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(german.list(['a', 'b', 'c'])).toBe('a, b und c');
    expect(french.quoted('Risques')).toBe('«\u202fRisques\u202f»');
    expect(german.quoted('Risiken')).toBe('„Risiken“');
    expect(french.colon('Période', 'janvier')).toBe('Période\u202f: janvier');
  });

  test('the article before an organisation’s name in French: du CNRS, de l’INFN, d’Inria, de la Fondation X', () => {
    const said = (organisation: string) => french.say('effort.sentence', { organisationForm: organisationForm(organisation), organisation, pm: '1', months: 1, hasPlanned: 'no', planned: '', people: 0 });
    expect(said('CNRS')).toMatch(/^L’effort global du CNRS /);
    expect(said('INFN')).toMatch(/^L’effort global de l’INFN /);
    expect(said('Inria')).toMatch(/^L’effort global d’Inria /);
    expect(said('Fondation EGI')).toMatch(/^L’effort global de la Fondation EGI /);
    expect(said('Université de Lyon')).toMatch(/^L’effort global de l’Université de Lyon /);
    expect(said('Cyfronet')).toMatch(/^L’effort global de Cyfronet /);
  });

  test('a language tag takes its language’s catalogue, or English where there is none', () => {
    expect(documentLanguage('fr-BE')).toBe('fr');
    expect(documentLanguage('de-CH')).toBe('de');
    expect(documentLanguage('it-IT')).toBe('en');
    expect(documentWords('it-IT').number('99.5')).toBe('99.5');
    expect(defaultTitle('measures', 'fr-CH')).toBe('Mesures prévues');
    expect(defaultTitle('table', 'de-AT')).toBe('Neue Tabelle');
  });
});

/** The argument names a message uses, anywhere in it. */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

describe('every catalogue', () => {
  test.each(['fr', 'de'] as const)('%s has every message English has, each parsing, each using no argument English does not give', (language) => {
    const catalogue: Catalogue = CATALOGUES[language];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(catalogue)) {
      const given = argumentsOf(parse(en[key as keyof typeof en], { ignoreTag: true }));
      for (const name of argumentsOf(parse(message, { ignoreTag: true }))) expect(given, `${language} ${key}: {${name}}`).toContain(name);
    }
  });

  test('English parses, and no French message keeps a plain space where French sets a narrow one', () => {
    for (const message of Object.values(en)) expect(() => parse(message, { ignoreTag: true })).not.toThrow();
    for (const [key, message] of Object.entries(CATALOGUES.fr)) expect(message, key).not.toMatch(/ [:;?!»]|« /);
  });

  test('a French or German catalogue without a message English has fails the type check', () => {
    // @ts-expect-error: every key of the English catalogue is required
    const incomplete: Catalogue = { 'title.effort': 'Aufwand' };
    expect(Object.keys(incomplete)).toHaveLength(1);
    // @ts-expect-error: a message is called with every argument its English text names
    expect(() => german.say('effort.person', { name: 'Anne' })).toThrow();
  });
});

describe('English, written without ICU’s number data (its first use costs a command’s start 11 ms)', () => {
  test('counts as Intl’s en-GB writes them', () => {
    const intl = new Intl.NumberFormat('en-GB');
    for (const value of [0, -0, 1, -1, 12, 999, 1000, -1000, 2340, 12345, 999999, 1234567, -9876543, Number.MAX_SAFE_INTEGER, 1.5, 2.34567, -0.25]) {
      expect(english.count(value)).toBe(intl.format(value));
    }
  });

  test('a plural’s count, every word of the seed’s export, and no Intl number format made or asked for', async () => {
    const { readFileSync } = await import('node:fs');
    const { readReportText } = await import('../../shared/report-file');
    const { buildWordDocument } = await import('../../electron/services/word/word-export');
    const read = readReportText(readFileSync(new URL('../../assets/examples/seed-report.rdesk', import.meta.url), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    // Nothing made by the tests before counts: every formatter is made again under the watch.
    forgetLocaleFormatters();
    const real = Intl.NumberFormat;
    const asked: string[] = [];
    const watched = new Proxy(real, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        asked.push(`new Intl.NumberFormat(${JSON.stringify(args[0])})`);
        return new target(...args);
      },
      get(target, name, receiver) {
        if (name === 'supportedLocalesOf') asked.push('Intl.NumberFormat.supportedLocalesOf');
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    Intl.NumberFormat = watched;
    try {
      expect(documentWords('en-US').say('period.months', { months: 1234 })).toBe('1,234 months');
      await buildWordDocument(read.report, { includeCharts: false });
    } finally {
      Intl.NumberFormat = real;
    }
    expect(asked).toEqual([]);
    // French does use it: the watch sees what it is there to see.
    Intl.NumberFormat = watched;
    try {
      expect(documentWords('fr-CA').say('period.months', { months: 1234 })).toMatch(/^1\s234 mois$/);
    } finally {
      Intl.NumberFormat = real;
    }
    expect(asked.length).toBeGreaterThan(0);
  });
});
