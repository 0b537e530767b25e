// Where Electron's binary is, found without requiring 'electron' (which would try to download it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_SKIP_REASON = 'Electron binary not installed here (downloads are blocked); launch tests run where it exists';

export function electronBinary(root: string): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
