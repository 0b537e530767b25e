// A unit after a figure that takes the singular ("1 jour ouvré", "1 Arbeitstag"), in French and
// German. The unit is the person's own word; only the plurals these maps know change, so a unit
// that is not a plural ("ms", "Mbit/s") is never mangled. English keeps its own rule (numbers.ts).

// French: each word of the unit agrees ("jours ouvrés" → "jour ouvré").
const FRENCH_WORDS: Readonly<Record<string, string>> = {
  jours: 'jour', ouvrés: 'ouvré', ouvrables: 'ouvrable', heures: 'heure', minutes: 'minute', secondes: 'seconde', semaines: 'semaine',
  tickets: 'ticket', incidents: 'incident', demandes: 'demande', appels: 'appel', utilisateurs: 'utilisateur', sessions: 'session', erreurs: 'erreur', pannes: 'panne', interventions: 'intervention',
};

// German: the end of the (compound) noun agrees ("Arbeitstage" → "Arbeitstag").
const GERMAN_ENDINGS: readonly [string, string][] = [
  ['tage', 'tag'], ['stunden', 'stunde'], ['minuten', 'minute'], ['sekunden', 'sekunde'], ['wochen', 'woche'], ['monate', 'monat'],
  ['tickets', 'ticket'], ['anfragen', 'anfrage'], ['vorfälle', 'vorfall'], ['störungen', 'störung'], ['meldungen', 'meldung'], ['veranstaltungen', 'veranstaltung'],
];

function sameCase(model: string, word: string): string {
  return model[0] === model[0]?.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The unit as it reads after a figure that takes the singular, in French or German. */
export function singularUnitIn(language: 'fr' | 'de', unit: string): string {
  if (language === 'fr') {
    return unit.replace(/\p{L}+/gu, (word) => {
      const singular = FRENCH_WORDS[word.toLowerCase()];
      return singular === undefined ? word : sameCase(word, singular);
    });
  }
  return unit.replace(/\p{L}+$/u, (word) => {
    const ending = GERMAN_ENDINGS.find(([plural]) => word.toLowerCase().endsWith(plural));
    if (ending === undefined) return word;
    const stem = word.slice(0, word.length - ending[0].length);
    // "Tage" alone keeps its capital; "Arbeitstage" keeps the capital of its first part.
    return stem === '' ? sameCase(word, ending[1]) : stem + ending[1];
  });
}
