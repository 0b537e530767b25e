// Telling a JSON object from the other values JSON can hold, before reading its fields.

/** A plain object (not null, not an array): what a file's or a message's fields are read from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
