// npm start: launches the built app in Electron. Electron fetches its binary on first use; where
// that fails (no network), say so in one line instead of Electron's own stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function binaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

if (!binaryPresent()) {
  console.log('Downloading Electron (first start only)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (install.status !== 0 || !binaryPresent()) {
    const reason = `${install.stderr}\n${install.stdout}`.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('at ')) ?? 'unknown error';
    console.error(`report-desk: Electron's binary could not be downloaded, so the desktop app cannot start here (${reason}). The tests run without it: npm ci && npm test.`);
    process.exit(1);
  }
}

const electron = require('electron');
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
