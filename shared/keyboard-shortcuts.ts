// The report commands whose keys the window handles itself (so one key press is one command,
// in Electron and in a plain browser alike). The menu shows these accelerators without
// registering them; the renderer maps the key presses.
import type { MenuCommand } from './api';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, or null. Cmd on macOS and Ctrl elsewhere both count. */
export function shortcutCommand(press: KeyPress): MenuCommand | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  if (key === 's') return press.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !press.shiftKey) return 'open';
  if (key === 'n' && !press.shiftKey) return 'new';
  if (key === 'e' && !press.shiftKey) return 'export-word';
  return null;
}

export const WINDOW_HANDLED_COMMANDS: ReadonlySet<MenuCommand> = new Set<MenuCommand>(['undo', 'redo', 'save', 'save-as', 'open', 'new', 'export-word']);
