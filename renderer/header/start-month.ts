// The start month as the form's month input gives it, read by the schema's own pattern.
import { MONTH_KEY_PATTERN } from '../../shared/report-schema';

/** "2025-01" as is; anything the schema would refuse (empty, "2025-13") is no start month. */
export function startMonthFromInput(value: string): string | null {
  return MONTH_KEY_PATTERN.test(value) ? value : null;
}
