// Whether two reports hold the same content, as their files would. Reports are immutable and
// an edit copies only the path it changes, so shared parts compare by reference first: telling
// an edited report from the saved one costs the edit's path, not a serialisation of the whole.

export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameContent(item, b[index]));
  }
  // As JSON writes them: a field set to undefined is no field at all.
  const fieldsOf = (value: object): [string, unknown][] => Object.entries(value).filter(([, field]) => field !== undefined);
  const aFields = fieldsOf(a);
  const bRecord = b as Record<string, unknown>;
  if (aFields.length !== fieldsOf(b).length) return false;
  return aFields.every(([key, field]) => Object.hasOwn(bRecord, key) && sameContent(field, bRecord[key]));
}
