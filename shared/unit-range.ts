// The one rule for what a figure's unit can hold: a percentage 0 to 100, a duration, an effort
// or a count never below zero, and a unit the person made up anything at all. The target check,
// the window's entries, the reader's and the import's warnings all ask here. A rule: no words.

/** The least and the most a unit can hold; null where it has no bound on that side. */
export interface UnitRange {
  min: number | null;
  max: number | null;
}

const PERCENT: UnitRange = { min: 0, max: 100 };
const NOT_NEGATIVE: UnitRange = { min: 0, max: null };

/**
 * The units recognised, as unitKey writes them (case, spacing, hyphens and a final full stop
 * aside): a percentage; durations (a response time in working days, hours, minutes …); effort in
 * person-months; counts of things a service report counts. Any other unit is the person's own,
 * and holds any figure.
 */
const RANGES: ReadonlyMap<string, UnitRange> = new Map([
  ...['%', 'percent', 'per cent', 'pct', 'pour cent', 'prozent'].map((unit) => [unit, PERCENT] as const),
  ...[
    'working days', 'working day', 'business days', 'business day', 'days', 'day', 'd',
    'hours', 'hour', 'h', 'hrs', 'hr', 'working hours', 'minutes', 'minute', 'min', 'mins',
    'seconds', 'second', 's', 'sec', 'ms', 'weeks', 'week', 'months', 'month',
    'pm', 'person months', 'person month', 'fte',
    'incidents', 'incident', 'tickets', 'ticket', 'requests', 'request', 'changes', 'change',
    'users', 'user', 'events', 'event', 'deliverables', 'deliverable', 'publications', 'publication',
    // The same in the report's other languages (French, German), as their templates and writers name them.
    'jours ouvrés', 'jour ouvré', 'jours ouvrables', 'jour ouvrable', 'jours', 'jour', 'j', 'heures', 'heure', 'semaines', 'semaine', 'mois',
    'personnes mois', 'hommes mois', 'demandes', 'demande', 'changements', 'changement', 'utilisateurs', 'utilisateur', 'sessions', 'session',
    'événements', 'événement', 'livrables', 'livrable',
    'arbeitstage', 'arbeitstag', 'tage', 'tag', 'stunden', 'stunde', 'std', 'minuten', 'sekunden', 'wochen', 'woche', 'monate', 'monat',
    'personenmonate', 'personenmonat', 'vorfälle', 'vorfall', 'störungen', 'störung', 'anfragen', 'anfrage', 'änderungen', 'änderung',
    'nutzer', 'benutzer', 'veranstaltungen', 'veranstaltung', 'lieferobjekte', 'ergebnisse', 'publikationen', 'publikation',
  ].map((unit) => [unit, NOT_NEGATIVE] as const),
]);

/** A unit as it is recognised: "Working-Days", "working  days" and "working days." are one. */
function unitKey(unit: string): string {
  return unit.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace(/\.$/, '');
}

// Every figure checked asks for its unit's range: a report has a handful of units, read once each.
const rangeOf = new Map<string, UnitRange | null>();

/** The range of a unit; null for a unit of the person's own, which holds any figure. */
export function unitRange(unit: string): UnitRange | null {
  let range = rangeOf.get(unit);
  if (range === undefined) {
    range = RANGES.get(unitKey(unit)) ?? null;
    // Units are typed by people: a session that types thousands keeps no more than a few hundred.
    if (rangeOf.size > 500) rangeOf.clear();
    rangeOf.set(unit, range);
  }
  return range;
}

/** Which side of its unit's range a figure falls off, or null where the unit can hold it. */
export function outsideUnit(value: number, unit: string): 'below' | 'above' | null {
  const range = unitRange(unit);
  if (range === null) return null;
  if (range.min !== null && value < range.min) return 'below';
  if (range.max !== null && value > range.max) return 'above';
  return null;
}
