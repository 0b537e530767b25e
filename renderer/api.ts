// The renderer's one door to the outside world: the preload's (or the test harness's) Api.
import type { Api } from '../shared/api';

declare global {
  interface Window {
    api: Api;
  }
}

/** The Api main serves; a clear message, not a TypeError, when the page runs without it. */
export function api(): Api {
  const served = window.api as Api | undefined;
  if (served === undefined) throw new Error('Report Desk cannot reach its main process (window.api is missing).');
  return served;
}
