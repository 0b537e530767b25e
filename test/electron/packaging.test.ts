// electron-builder.yml against electron-builder's own schema, and the icons it names, before
// anything is built; test/package/ then packages the app with it and checks the package.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from './built-bundles';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  directories: { buildResources: string; output: string };
  fileAssociations: { ext: string; mimeType: string; role: string; icon: string }[];
  linux: { icon: string; target: string[]; category: string };
  mac: { category: string; target: string[] };
  win: { target: string[] };
  nsis: { perMachine: boolean };
  asarUnpack: string[];
}

async function builderConfig(): Promise<BuilderConfig> {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(await readFile(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('packaging', () => {
  test('electron-builder.yml matches electron-builder’s schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(await builderConfig(), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  test('the app icon is a 512×512 PNG and every icon the configuration names exists', async () => {
    const config = await builderConfig();
    const resources = join(projectRoot, config.directories.buildResources);
    expect(pngSize(await readFile(join(resources, 'icon.png')))).toEqual([512, 512]);
    for (const size of [16, 32, 48, 256, 512]) {
      expect(pngSize(await readFile(join(resources, config.linux.icon, `${size}x${size}.png`)))).toEqual([size, size]);
    }
    expect(config.fileAssociations.map(({ ext, mimeType, role }) => ({ ext, mimeType, role }))).toEqual([
      { ext: 'rdesk', mimeType: 'application/x-report-desk', role: 'Editor' },
      { ext: 'rdesk-template', mimeType: 'application/x-report-desk-template', role: 'Viewer' },
    ]);
    for (const association of config.fileAssociations) {
      expect(existsSync(join(resources, `${association.icon}.icns`))).toBe(true);
      expect(existsSync(join(resources, `${association.icon}.ico`))).toBe(true);
    }
  });

  test('targets, categories and the native canvas module outside the archive', async () => {
    const config = await builderConfig();
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity' });
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis.perMachine).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/@napi-rs/**/*');
  });
});
