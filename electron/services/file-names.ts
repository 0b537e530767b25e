// File names made from what a person typed (a report's title, a template's name), safe on every
// platform, and the extension a save dialog may have left off.
import { extname } from 'node:path';

// Characters no file system accepts in a name, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE_FILE_NAME_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** A file name from a report's title, safe on every platform: "Operations Portal OLA report"; `fallback` where nothing is left. */
export function fileNameFromTitle(title: string, fallback = 'Untitled report'): string {
  const cleaned = title.replace(UNSAFE_FILE_NAME_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120).trim();
  return cleaned === '' ? fallback : cleaned;
}

/** Save dialogs on Linux do not add the extension; a name typed without it still gets it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}
