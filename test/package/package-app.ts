// Packages the built app (dist/) as `npm run dist` does on a release machine: electron-builder
// with the project's electron-builder.yml, for Linux. Two things differ: Electron comes from a
// stand-in distribution (the real one cannot be downloaded here) and the output goes to a temp
// folder. The deb and AppImage targets run up to the point where they would fetch their own
// tools (fpm, appimagetool): electron-builder hands over what each would install, and stops.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AfterPackContext, Configuration, LinuxPackager } from 'electron-builder';
import { projectRoot } from '../electron/built-bundles';
import { makeElectronDistStandIn } from './electron-dist-stand-in';

const require = createRequire(import.meta.url);
const builder = require('electron-builder') as typeof import('electron-builder');

export interface DesktopIntegration {
  /** The .desktop file's name, which Electron's desktopName must match for the window to find its launcher. */
  desktopFileName: string;
  desktopEntry: string;
}

export interface Packaged {
  /** linux-unpacked: the folder the deb and the AppImage are made of. */
  appOutDir: string;
  executable: string;
  /** The stand-in Electron executable the package was made from, as it was. */
  electronStandIn: string;
  /** The configuration electron-builder packaged with: electron-builder.yml over its defaults. */
  configuration: Configuration;
  /** What the deb installs in /usr/share/applications and /usr/share/mime/packages. */
  deb: DesktopIntegration & { mimeInfo: string };
  appImage: DesktopIntegration;
  /** Metadata this check had to supply because package.json lacks it (see README, Releases). */
  suppliedMetadata: Record<string, string>;
}

/** Where the deb puts a file: fpm's arguments are `source=destination`. */
async function installedFile(fpmArgs: string[], destinationFolder: string): Promise<{ name: string; text: string }> {
  const arg = fpmArgs.find((candidate) => candidate.includes(`=${destinationFolder}/`));
  if (arg === undefined) throw new Error(`the deb installs nothing in ${destinationFolder}`);
  const [source, destination] = arg.split(`=${destinationFolder}/`) as [string, string];
  return { name: destination, text: await readFile(source, 'utf8') };
}

export async function packageApp(folder: string): Promise<Packaged> {
  const electronVersion = (JSON.parse(await readFile(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const electronDist = await makeElectronDistStandIn(join(folder, 'electron-dist'), electronVersion);
  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { homepage?: string };
  // electron-builder will not make a deb without a homepage; the release must give the real one.
  const suppliedMetadata: Record<string, string> = manifest.homepage === undefined ? { homepage: 'https://report-desk.invalid/' } : {};

  const seen: { packed?: AfterPackContext; deb?: Packaged['deb']; appImage?: Packaged['appImage'] } = {};
  await builder.build({
    projectDir: projectRoot,
    targets: builder.Platform.LINUX.createTarget(['dir', 'deb', 'AppImage'], builder.archFromString(process.arch)),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: join(folder, 'release') },
      extraMetadata: suppliedMetadata,
      afterPack: async (context) => {
        seen.packed = context;
      },
    },
    effectiveOptionComputed: async (options: unknown) => {
      if (Array.isArray(options)) {
        const fpmArgs = (options as [string[], string])[0];
        const desktop = await installedFile(fpmArgs, '/usr/share/applications');
        const mime = await installedFile(fpmArgs, '/usr/share/mime/packages');
        seen.deb = { desktopFileName: desktop.name, desktopEntry: desktop.text, mimeInfo: mime.text };
      } else {
        const { desktop, desktopFileName } = options as { desktop: string; desktopFileName: string };
        seen.appImage = { desktopFileName, desktopEntry: desktop };
      }
      return true;
    },
  });
  const { packed, deb, appImage } = seen;
  if (packed === undefined) throw new Error('electron-builder finished without packing the app');
  if (deb === undefined || appImage === undefined) throw new Error('electron-builder did not get as far as the deb and the AppImage');
  const executableName = (packed.packager as LinuxPackager).executableName;
  return {
    appOutDir: packed.appOutDir,
    executable: join(packed.appOutDir, executableName),
    electronStandIn: join(electronDist, 'electron'),
    configuration: packed.packager.config,
    deb,
    appImage,
    suppliedMetadata,
  };
}
