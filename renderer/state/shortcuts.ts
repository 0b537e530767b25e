// Keys the renderer handles itself. The menu shows Undo/Redo accelerators without registering
// them, so typing fields keep their own keys; everything else reaches the same commands.
import type { MenuCommand } from '../../shared/api';

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
