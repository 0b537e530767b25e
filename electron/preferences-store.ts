// Preferences kept between runs (recent files, window place, appearance) in electron-store's
// JSON file in userData. Everything read back is checked: the file may be hand-edited or old.
import Store from 'electron-store';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecentFilesStore } from './services/recent-files';
import type { HistoryJoinsStore } from './services/history-joins';
import type { TemplateLanguageStore } from './services/template-api';
import { parseWindowBounds, type SavedWindowBounds } from './services/window-bounds';
import { DOCUMENT_LANGUAGES } from '../shared/i18n/document-language';

export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

export interface Preferences {
  recentFiles: RecentFilesStore;
  /** The person's joins of renamed metrics and people in a service's history, by service and agreement. */
  historyJoins: HistoryJoinsStore;
  /** The language the start screen offers the shipped templates in, as the person last chose it. */
  templateLanguage: TemplateLanguageStore;
  readWindowBounds(): SavedWindowBounds | null;
  writeWindowBounds(bounds: SavedWindowBounds): void;
  readAppearance(): Appearance;
  writeAppearance(appearance: Appearance): void;
}

export function openPreferences(): Preferences {
  // A damaged preferences file starts afresh rather than stopping the app from opening.
  const store = new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });
  removeAbandonedTemps(store.path);

  return {
    recentFiles: {
      read() {
        const value = store.get('recentFiles');
        return Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string') : [];
      },
      write(paths) {
        store.set('recentFiles', paths);
      },
    },
    historyJoins: {
      read: () => store.get('historyJoins'),
      write(all) {
        store.set('historyJoins', all);
      },
    },
    templateLanguage: {
      read() {
        const value = store.get('templateLanguage');
        return DOCUMENT_LANGUAGES.find((known) => known === value) ?? null;
      },
      write(language) {
        store.set('templateLanguage', language);
      },
    },
    readWindowBounds() {
      return parseWindowBounds(store.get('windowBounds'));
    },
    writeWindowBounds(bounds) {
      store.set('windowBounds', bounds);
    },
    readAppearance() {
      const value = store.get('appearance');
      return APPEARANCES.find((known) => known === value) ?? 'system';
    },
    writeAppearance(appearance) {
      store.set('appearance', appearance);
    },
  };
}

/**
 * electron-store writes atomically through a temp file beside the preferences; one left by a
 * killed run is never removed by it. Only this instance runs (the single-instance lock), so any
 * such file now is abandoned.
 */
function removeAbandonedTemps(preferencesPath: string): void {
  const prefix = `${basename(preferencesPath)}.tmp-`;
  try {
    for (const name of readdirSync(dirname(preferencesPath))) {
      if (name.startsWith(prefix) && /^\d{10}[0-9a-f]{6}$/.test(name.slice(prefix.length))) rmSync(join(dirname(preferencesPath), name), { force: true });
    }
  } catch {
    // A folder that cannot be read holds nothing to tidy.
  }
}
