// A stand-in for the Electron distribution electron-builder downloads, laid out as its
// `electronDist` option takes one: an `electron` executable, `version`, the licence files and
// `resources/`. The executable carries Electron's fuse wire as the real binary does (a sentinel,
// the wire's version and length, then one byte per fuse), so packaging flips the fuses in it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What @electron/fuses looks for in the binary; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/**
 * Electron's fuses in wire order, named as electron-builder's `electronFuses` names them, with
 * the state Electron ships them in (electron/build/fuses/fuses.json5).
 */
export const ELECTRON_FUSES = [
  ['runAsNode', true],
  ['enableCookieEncryption', false],
  ['enableNodeOptionsEnvironmentVariable', true],
  ['enableNodeCliInspectArguments', true],
  ['enableEmbeddedAsarIntegrityValidation', false],
  ['onlyLoadAppFromAsar', false],
  ['loadBrowserProcessSpecificV8Snapshot', false],
  ['grantFileProtocolExtraPrivileges', true],
] as const;

export type FuseName = (typeof ELECTRON_FUSES)[number][0];
export type FuseStates = Record<FuseName, boolean>;

/** Lays the stand-in distribution out in `folder` and returns it. */
export async function makeElectronDistStandIn(folder: string, electronVersion: string): Promise<string> {
  await mkdir(join(folder, 'resources'), { recursive: true });
  const wire = FUSE_SENTINEL + String.fromCharCode(FUSE_WIRE_VERSION, ELECTRON_FUSES.length) + ELECTRON_FUSES.map(([, on]) => (on ? '1' : '0')).join('');
  const executable = [
    '#!/bin/sh',
    `# Electron's fuse wire, as in its binary: ${wire}`,
    `echo "A stand-in for Electron ${electronVersion}, made to check packaging; it cannot run the app." >&2`,
    'exit 1',
    '',
  ].join('\n');
  await writeFile(join(folder, 'electron'), executable, { mode: 0o755 });
  await writeFile(join(folder, 'version'), electronVersion);
  await writeFile(join(folder, 'LICENSE'), 'Stand-in for Electron’s licence.\n');
  await writeFile(join(folder, 'LICENSES.chromium.html'), '<p>Stand-in for Chromium’s licences.</p>\n');
  return folder;
}

/** The fuses as the executable carries them, read from the bytes after the sentinel. */
export async function readFuses(executable: string): Promise<FuseStates> {
  const bytes = await readFile(executable);
  const sentinelAt = bytes.indexOf(FUSE_SENTINEL);
  if (sentinelAt === -1) throw new Error(`${executable} carries no fuse wire`);
  const wireAt = sentinelAt + FUSE_SENTINEL.length;
  if (bytes[wireAt] !== FUSE_WIRE_VERSION || bytes[wireAt + 1] !== ELECTRON_FUSES.length) {
    throw new Error(`${executable}: fuse wire version ${bytes[wireAt]} with ${bytes[wireAt + 1]} fuses, expected version ${FUSE_WIRE_VERSION} with ${ELECTRON_FUSES.length}`);
  }
  const states = ELECTRON_FUSES.map(([name], index) => {
    const state = bytes[wireAt + 2 + index];
    if (state !== ON && state !== OFF) throw new Error(`${executable}: fuse ${name} holds byte ${state}, neither on nor off`);
    return [name, state === ON] as const;
  });
  return Object.fromEntries(states) as FuseStates;
}
