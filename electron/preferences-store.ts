// Preferences kept between runs (recent files, window place, appearance) in electron-store's
// JSON file in userData. Everything read back is checked: the file may be hand-edited or old.
import Store from 'electron-store';
import type { RecentFilesStore } from './services/recent-files';
import { parseWindowBounds, type SavedWindowBounds } from './services/window-bounds';

export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

export interface Preferences {
  recentFiles: RecentFilesStore;
  readWindowBounds(): SavedWindowBounds | null;
  writeWindowBounds(bounds: SavedWindowBounds): void;
  readAppearance(): Appearance;
  writeAppearance(appearance: Appearance): void;
}

export function openPreferences(): Preferences {
  // A damaged preferences file starts afresh rather than stopping the app from opening.
  const store = new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });

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
