import { describe, expect, test } from 'vitest';
import { createReport } from '../../shared/report-building';
import { DEFAULT_LANGUAGE, LANGUAGE_TAG_PATTERN, reportSchema } from '../../shared/report-schema';
import { languageChoices } from '../../renderer/header/report-languages';
import { startMonthFromInput } from '../../renderer/header/start-month';

describe('the start month field', () => {
  test('takes a month the schema accepts, and nothing the schema would refuse', () => {
    expect(startMonthFromInput('2025-01')).toBe('2025-01');
    expect(startMonthFromInput('2025-12')).toBe('2025-12');
    for (const refused of ['', '2025-13', '2025-00', '2025-1', '25-01']) expect(startMonthFromInput(refused)).toBeNull();
  });

  test('whatever it takes still validates as a report', () => {
    const report = createReport();
    for (const typed of ['2025-07', '2025-13']) {
      const start = startMonthFromInput(typed);
      expect(reportSchema.safeParse({ ...report, meta: { ...report.meta, period: { ...report.meta.period, start } } }).success).toBe(true);
    }
  });
});

describe('the language field', () => {
  test('offers languages by name with their tag, sorted by name, each a tag the file format accepts', () => {
    const choices = languageChoices(DEFAULT_LANGUAGE);
    expect(choices.find((choice) => choice.tag === 'en-GB')?.label).toBe('English (United Kingdom) · en-GB');
    expect(choices.find((choice) => choice.tag === 'fr-FR')?.label).toBe('French (France) · fr-FR');
    expect(choices.map((choice) => choice.label)).toEqual([...choices.map((choice) => choice.label)].sort((a, b) => a.localeCompare(b, 'en')));
    for (const { tag } of choices) expect(tag).toMatch(LANGUAGE_TAG_PATTERN);
  });

  test('keeps a language a file was saved in that the list does not offer', () => {
    expect(languageChoices('ga-IE').filter((choice) => choice.tag === 'ga-IE')).toEqual([{ tag: 'ga-IE', label: 'Irish (Ireland) · ga-IE' }]);
    expect(languageChoices('en-GB').filter((choice) => choice.tag === 'en-GB')).toHaveLength(1);
  });
});
