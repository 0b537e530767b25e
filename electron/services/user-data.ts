// The app's own data folder (recovery drafts, backups, the person's templates) where Electron
// keeps it, found without Electron: the command line reads the person's templates from it too.
import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = 'Report Desk';

/**
 * Electron's userData for this app: REPORT_DESK_USER_DATA where set (a profile of its own, as
 * main takes it), else the system's place for it under the product's name, as Electron puts it.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const chosen = env.REPORT_DESK_USER_DATA?.trim();
  if (chosen !== undefined && chosen !== '') return chosen;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), PRODUCT_NAME);
}
