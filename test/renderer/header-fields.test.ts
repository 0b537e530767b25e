import { describe, expect, test } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGE_TAG_PATTERN } from '../../shared/report-schema';
import { languageChoices } from '../../renderer/header/report-languages';

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
