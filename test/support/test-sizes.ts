// How hard the long-running safety tests push: a size that keeps `npm test` under a minute
// each, and a larger one behind REPORT_DESK_THOROUGH=1 (see the README).
export const THOROUGH = process.env.REPORT_DESK_THOROUGH === '1';

/** The quick size, or the thorough one when REPORT_DESK_THOROUGH=1. */
export function testSize(quick: number, thorough: number): number {
  return THOROUGH ? thorough : quick;
}
