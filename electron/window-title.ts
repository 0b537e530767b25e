// The window's title; apart from main-window.ts so the end-to-end harness shows the same one.
import type { DocumentState } from '../shared/api';

export const APP_NAME = 'Report Desk';

/** "seed-report.rdesk • — Report Desk": the bullet marks unsaved changes. */
export function windowTitle(state: DocumentState | null): string {
  if (state === null) return APP_NAME;
  return `${state.name}${state.dirty ? ' •' : ''} — ${APP_NAME}`;
}
