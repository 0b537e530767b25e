// Ids of the rows and sections a report holds: unique within one report, never shown.

let idCounter = 0;

/** time + counter + random is plenty for ids unique within one report. */
export function newId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${Date.now().toString(36)}${idCounter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
