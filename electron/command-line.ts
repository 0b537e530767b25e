// Which report a launch asks for: `report-desk file.rdesk`, a double-click on a .rdesk file, or
// a second launch handing its arguments to the running window.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The file path among a process's arguments: flags (Chromium's, macOS's -psn_…) and the
 * executable are skipped, and so is the app folder when run unpackaged (`electron .`).
 */
export function reportPathFromArgs(argv: readonly string[], isPackaged: boolean, workingDirectory: string): string | null {
  const args = argv.slice(isPackaged ? 1 : 2).filter((arg) => arg.trim() !== '' && !arg.startsWith('-'));
  const path = args.at(-1);
  if (path === undefined) return null;
  // Linux desktops open a file through the .desktop entry's %U, which GNOME fills with file: URLs.
  if (path.startsWith('file:')) return localPathOf(path);
  return isAbsolute(path) ? path : resolve(workingDirectory, path);
}

function localPathOf(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    // A file on another host (file://server/…) has no local path to open.
    return null;
  }
}

/** The switch that makes the app's own binary the command line: `report-desk --cli validate Q3.rdesk`. */
export const CLI_SWITCH = '--cli';

/**
 * The command line's words when the app was launched as `report-desk --cli …`, else null.
 * Only switches (Chromium's, such as --no-sandbox) may come before --cli; every word after it
 * is the command line's, so `report-desk Q3.rdesk --cli` still opens a window.
 */
export function cliArgumentsFromArgs(argv: readonly string[], isPackaged: boolean): string[] | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  const at = args.indexOf(CLI_SWITCH);
  if (at === -1 || args.slice(0, at).some((arg) => !arg.startsWith('-'))) return null;
  return args.slice(at + 1);
}
