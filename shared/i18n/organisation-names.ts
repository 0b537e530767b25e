// How a name reads after "of" in a language that puts an article before it: French writes "du
// CNRS", "de l’INFN", "de la Fondation X", "d’Inria", "de Cyfronet". The name's form is told
// here once, in terms of the name (an acronym, a common noun that begins it, a vowel); each
// catalogue picks its words for it, and English and German need none.

export type OrganisationForm = 'none' | 'masculine' | 'feminine' | 'elided' | 'vowel' | 'other';

// The nouns an organisation's French name usually starts with, and their gender.
const FRENCH_NOUNS: Readonly<Record<string, 'masculine' | 'feminine'>> = {
  agence: 'feminine', association: 'feminine', commission: 'feminine', direction: 'feminine', fondation: 'feminine', organisation: 'feminine', société: 'feminine', université: 'feminine', école: 'feminine',
  centre: 'masculine', consortium: 'masculine', groupe: 'masculine', institut: 'masculine', laboratoire: 'masculine', observatoire: 'masculine', office: 'masculine', projet: 'masculine', réseau: 'masculine', service: 'masculine',
};

/** A vowel or a mute h, accents aside: "Université", "Ústav", "hôpital". */
const VOWEL_OR_MUTE_H = /^[aeiouyh]/i;

/** The form of an organisation's name, for the articles of the languages that need them. */
export function organisationForm(name: string): OrganisationForm {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (first === '') return 'none';
  const vowel = VOWEL_OR_MUTE_H.test(first.normalize('NFD'));
  // CNRS, IN2P3, EGI: an acronym takes the article ("le CNRS", "l’INFN").
  if (/^[A-Z][A-Z0-9&-]+$/.test(first) && /[A-Z].*[A-Z]/.test(first)) return vowel ? 'elided' : 'masculine';
  const gender = FRENCH_NOUNS[first.toLowerCase()];
  if (gender !== undefined) return vowel ? 'elided' : gender;
  return vowel ? 'vowel' : 'other';
}
