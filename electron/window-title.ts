// The window's title from the page's document state; apart from main-window.ts so the
// end-to-end harness shows the same one. The words come from shared/figure-text.ts.
import type { DocumentState } from '../shared/api';
import { APP_NAME, windowTitle as titleOf } from '../shared/figure-text';

export function windowTitle(state: DocumentState | null): string {
  return state === null ? APP_NAME : titleOf(state.name, state.dirty);
}
