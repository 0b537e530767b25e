// The application menu. Report commands go to the window as AppEvents, because the renderer
// owns the report and its undo history; text editing uses Electron's roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { AppEvent, MenuCommand } from '../shared/api';
import { WINDOW_HANDLED_COMMANDS } from '../shared/keyboard-shortcuts';
import type { Appearance } from './preferences-store';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only when running unpackaged. */
  isDev: boolean;
  /** Newest first, as stored; a missing file fails to open with a message and leaves the list. */
  recentPaths: readonly string[];
  appearance: Appearance;
  send(event: AppEvent): void;
  clearRecent(): void;
  setAppearance(appearance: Appearance): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    // Keys the window handles itself are only shown here, or one press would run twice.
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: !WINDOW_HANDLED_COMMANDS.has(name) }),
    click: () => options.send({ type: 'command', command: name }),
  });

  const recent: MenuItemConstructorOptions[] =
    options.recentPaths.length === 0
      ? [{ label: 'No Recent Reports', enabled: false }]
      : options.recentPaths.map((path) => ({ label: basename(path), toolTip: path, click: () => options.send({ type: 'open-path', path }) }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Start Screen', 'start-screen'),
      separator,
      command('New', 'new', 'CmdOrCtrl+N'),
      command('New Report from Template…', 'new-from-template'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: [...recent, separator, { label: 'Clear Recent', enabled: options.recentPaths.length > 0, click: () => options.clearRecent() }],
      },
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      command('Save as Template…', 'save-as-template'),
      command('Export Template…', 'export-template'),
      command('Export to Word…', 'export-word', 'CmdOrCtrl+E'),
      separator,
      command('Import Figures…', 'import-figures'),
      command('Start Next Period…', 'next-period'),
      command('Compare with…', 'compare'),
      command('Service History…', 'history'),
      separator,
      command('Close', 'close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [separator, { label: 'Quit', role: 'quit', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // The window decides: report undo, or the focused text field's own undo.
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'CmdOrCtrl+Shift+Z' : 'CmdOrCtrl+Y'),
      separator,
      { label: 'Cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Select All', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const appearance = (label: string, value: Appearance): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.appearance === value,
    click: () => options.setAppearance(value),
  });

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { label: 'Appearance', submenu: [appearance('Follow System', 'system'), appearance('Light', 'light'), appearance('Dark', 'dark')] },
      separator,
      { label: 'Actual Size', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: 'Zoom In', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: 'Zoom Out', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      { label: 'Toggle Full Screen', role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
    ],
  };

  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [command('About Report Desk', 'about')] };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
