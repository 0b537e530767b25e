// Which report a launch asks for: `report-desk file.rdesk`, a double-click on a .rdesk file, or
// a second launch handing its arguments to the running window.
import { isAbsolute, resolve } from 'node:path';

/**
 * The file path among a process's arguments: flags (Chromium's, macOS's -psn_…) and the
 * executable are skipped, and so is the app folder when run unpackaged (`electron .`).
 */
export function reportPathFromArgs(argv: readonly string[], isPackaged: boolean, workingDirectory: string): string | null {
  const args = argv.slice(isPackaged ? 1 : 2).filter((arg) => arg.trim() !== '' && !arg.startsWith('-'));
  const path = args.at(-1);
  if (path === undefined) return null;
  return isAbsolute(path) ? path : resolve(workingDirectory, path);
}
