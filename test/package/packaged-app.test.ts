// The app as a user installs it. electron-builder packages what `npm run build` made, as
// `npm run dist` does (package-app.ts), and the package is read back: what app.asar holds,
// where the native canvas module is, the packaged main started from the package against the
// recording stand-in for `electron`, the .rdesk association the deb and the AppImage register,
// and the fuses flipped in the executable.
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_CHANNELS, APP_EVENT_CHANNEL, type OpenedReport } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security';
import { RENDERER_URL } from '../../electron/services/renderer-files';
import { loadBundle, projectRoot } from '../electron/built-bundles';
import { createElectronStandIn, type ElectronStandIn } from '../electron/electron-stand-in';
import { ELECTRON_FUSES, readFuses, type FuseStates } from './electron-dist-stand-in';
import { packageApp, type Packaged } from './package-app';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as typeof import('@electron/asar');

const MAX_ASAR_BYTES = 5 * 1024 * 1024;
/**
 * Main's and the preload's bundles, the chart renderer's thread and the window icon; main.cjs
 * carries every other module but one. The command line's bundle (dist/cli) is not shipped: the
 * installed app runs `--cli` from main.cjs.
 */
const APP_BUNDLE_FILES = ['dist/electron/chart-worker.cjs', 'dist/electron/icon.png', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'];
/** That one, which the chart worker requires: the native canvas module, with its package for this platform. */
const NATIVE_MODULE_FILE = /^node_modules\/@napi-rs\/canvas(-[a-z0-9-]+)?\//;
const REPORT_MIME_TYPE = 'application/x-report-desk';
const TEMPLATE_MIME_TYPE = 'application/x-report-desk-template';
/** As issue "Nothing lost, nothing let in" asks; the V8 snapshot fuse stays as Electron ships it. */
const FUSES_SET: Partial<FuseStates> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The window is served from app://report-desk/ and loads nothing from file://.
  grantFileProtocolExtraPrivileges: false,
};

// electron-builder's Linux targets, and the native module npm installed for this machine.
const onLinux = process.platform === 'linux';
if (!onLinux) console.log('Skipping the packaging check: it packages for Linux, where CI runs it.');

let folder: string;
let packaged: Packaged;
let archive: string;
/** The files app.asar holds, as relative paths with forward slashes. */
let appFiles: string[];

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const toSlashes = (path: string) => path.split(sep).join('/');

async function filesUnder(root: string, base = root): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(root, entry.name), base) : [toSlashes(relative(base, join(root, entry.name)))])),
  );
  return nested.flat();
}

/** Fails with the reason and the offending entries on one line. */
function expectNone(found: string[], reason: string): void {
  expect(found, `${reason}: ${found.join(', ')}`).toEqual([]);
}

function packagedManifest(): { main: string; dependencies?: Record<string, string>; devDependencies?: unknown; desktopName?: string } {
  return JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as ReturnType<typeof packagedManifest>;
}

describe.runIf(onLinux)('packaged for Linux', () => {
  beforeAll(async () => {
    for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(join(projectRoot, built))) throw new Error(`The app is not built (${built} is missing): run \`npm run build\` first.`);
    }
    folder = await mkdtemp(join(tmpdir(), 'packaged-app-'));
    const started = performance.now();
    packaged = await packageApp(folder);
    archive = join(packaged.appOutDir, 'resources', 'app.asar');
    appFiles = asar
      .listPackage(archive, { isPack: false })
      .map((path) => toSlashes(path).replace(/^\//, ''))
      .filter((path) => !('files' in asar.statFile(archive, path)))
      .sort();
    console.log(`electron-builder packaged the app in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const [field, value] of Object.entries(packaged.suppliedMetadata)) {
      console.warn(`package.json has no "${field}": npm run dist cannot make the deb without one (this check gave ${value})`);
    }
  }, 240_000);

  afterAll(async () => {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  describe('app.asar', () => {
    test('holds package.json, the main and preload bundles, the window icon and the built renderer, and nothing else', async () => {
      const renderer = (await filesUnder(join(projectRoot, 'dist'), projectRoot)).filter((path) => path.startsWith('dist/renderer/') && !path.endsWith('.map'));
      const expected = ['package.json', ...APP_BUNDLE_FILES, ...renderer];
      const outsideNodeModules = appFiles.filter((path) => !path.startsWith('node_modules/'));
      expectNone(expected.filter((path) => !outsideNodeModules.includes(path)), 'app.asar lacks');
      expectNone(outsideNodeModules.filter((path) => !expected.includes(path)), 'app.asar holds files the app does not need');
      expectNone(appFiles.filter((path) => /\.(map|tsx?)$/.test(path)), 'app.asar holds sources or source maps');
      const fromNodeModules = appFiles.filter((path) => path.startsWith('node_modules/') && !NATIVE_MODULE_FILE.test(path));
      expectNone(fromNodeModules, 'only the native canvas module may come from node_modules (main.cjs bundles the rest), yet app.asar holds');
    });

    test('its package.json names main’s bundle and keeps only the runtime dependency', () => {
      const manifest = packagedManifest();
      expect(manifest.main).toBe('dist/electron/main.cjs');
      expect(appFiles, 'package.json "main" names a file the package lacks').toContain(manifest.main);
      expect(Object.keys(manifest.dependencies ?? {}), 'the only runtime dependency is the native canvas module').toEqual(['@napi-rs/canvas']);
      expect(manifest.devDependencies, 'development dependencies are not shipped').toBeUndefined();
    });

    test('stays within 5 MB', async () => {
      const size = (await stat(archive)).size;
      console.log(`app.asar: ${megabytes(size)} in ${appFiles.filter((path) => !NATIVE_MODULE_FILE.test(path)).length} files`);
      expect(size, `app.asar is ${megabytes(size)}, over 5 MB`).toBeLessThanOrEqual(MAX_ASAR_BYTES);
    });
  });

  describe('the native canvas module', () => {
    test('for this platform sits in app.asar.unpacked, where the packaged app can load it', async () => {
      const nativeFiles = appFiles.filter((path) => path.endsWith('.node'));
      expect(nativeFiles, `one native module, built for ${process.platform}-${process.arch}`).toEqual([
        expect.stringMatching(new RegExp(`^node_modules/@napi-rs/canvas-${process.platform}-${process.arch}(-[a-z]+)?/`)),
      ]);
      const [nativeFile] = nativeFiles as [string];
      expect(asar.statFile(archive, nativeFile), 'a native module cannot load from inside app.asar').toMatchObject({ unpacked: true });
      const onDisk = join(`${archive}.unpacked`, nativeFile);
      const bytes = await readFile(onDisk);
      if (process.platform === 'linux') expect(bytes.subarray(0, 4).toString('latin1'), `${nativeFile} is not an ELF library`).toBe('\x7fELF');
      const unpacked = await filesUnder(`${archive}.unpacked`);
      const unpackedBytes = (await Promise.all(unpacked.map(async (path) => (await stat(join(`${archive}.unpacked`, path))).size))).reduce((sum, size) => sum + size, 0);
      console.log(`app.asar.unpacked: ${megabytes(unpackedBytes)} in ${unpacked.length} files, ${nativeFile.split('/').at(-1)} ${megabytes(bytes.length)}`);
    });
  });

  describe('the packaged main, started from the package', () => {
    let appDir: string;
    let standIn: ElectronStandIn;
    let reportPath: string;
    let rendererUrl: string;

    /** Calls a handler main registered, as its own window's page would. */
    function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const window = standIn.record.windows[0]!;
      const entry = standIn.record.handled.find((handled) => handled.channel === channel);
      if (entry === undefined) throw new Error(`the packaged main handles no ${channel}`);
      const senderFrame = { ...window.webContents.mainFrame, url: rendererUrl };
      return Promise.resolve(entry.handler({ sender: window.webContents, senderFrame }, ...args));
    }

    beforeAll(async () => {
      // Node cannot read inside an asar archive as Electron does: the archive is extracted with
      // its unpacked files, away from the repository's node_modules.
      appDir = join(folder, 'installed', 'resources', 'app');
      asar.extractAll(archive, appDir);
      rendererUrl = RENDERER_URL;
      reportPath = join(folder, 'Q3 report.rdesk');
      await copyFile(join(projectRoot, 'assets', 'examples', 'seed-report.rdesk'), reportPath);
      standIn = createElectronStandIn(join(folder, 'user'));
      standIn.electron.app.isPackaged = true;
      // Launched by double-clicking a report: the desktop entry's %U gives it as a file: URL.
      loadBundle(join(appDir, packagedManifest().main), standIn, [packaged.executable, pathToFileURL(reportPath).href]);
      standIn.becomeReady();
      await new Promise((done) => setTimeout(done, 20));
    });

    test('registers every handler and makes its window, with the preload and the renderer from the package', () => {
      expect(standIn.record.dialogs, 'the packaged main failed to start').toEqual([]);
      expect(standIn.record.handled.map((handled) => handled.channel).sort()).toEqual(Object.values(API_CHANNELS).sort());
      const window = standIn.record.windows[0];
      expect(window, 'the packaged main made no window').toBeDefined();
      const { preload } = window!.options.webPreferences as { preload: string };
      expect(preload).toBe(join(appDir, 'dist', 'electron', 'preload.cjs'));
      expect(existsSync(preload), 'the preload main points at is not in the package').toBe(true);
      expect(window!.loadedUrl).toBe(rendererUrl);
    });

    test('serves the page on app:// from the package, with its content policy', async () => {
      const serve = standIn.record.protocolHandlers.get('app');
      if (serve === undefined) throw new Error('the packaged main handles no app:// requests');
      const page = await serve({ url: rendererUrl });
      expect(page.status, 'the renderer main serves is not in the package').toBe(200);
      expect(await page.text()).toBe(await readFile(join(appDir, 'dist', 'renderer', 'index.html'), 'utf8'));
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    });

    test('opens the double-clicked report once its page has loaded', () => {
      const window = standIn.record.windows[0]!;
      window.webContents.finishLoad(rendererUrl);
      expect(window.webContents.sent).toContainEqual({ channel: APP_EVENT_CHANNEL, payload: { type: 'open-path', path: reportPath } });
    });

    test('exports a Word document whose charts the packaged canvas module drew', async () => {
      const opened = (await invoke(API_CHANNELS.openReportAt, reportPath)) as OpenedReport;
      expect(opened.kind, 'the packaged main could not open the report').toBe('opened');
      standIn.answers.savePath = join(folder, 'Q3 report.docx');
      const { meta } = opened.report;
      const chosen = (await invoke(API_CHANNELS.chooseWordExportPath, { title: meta.title, period: meta.period, reportPath })) as { path: string };
      expect(await invoke(API_CHANNELS.exportWord, { report: opened.report, path: chosen.path })).toEqual({ kind: 'exported', path: chosen.path });
      const document = await JSZip.loadAsync(await readFile(chosen.path));
      const charts = Object.keys(document.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
      expect(charts.length, 'the exported document has no chart images').toBeGreaterThan(0);
      for (const chart of charts) {
        expect((await document.file(chart)!.async('nodebuffer')).subarray(1, 4).toString('latin1'), `${chart} is not a PNG`).toBe('PNG');
      }
    });

    // The charts are drawn in worker threads of this process, which map the native library as they load it.
    test('drew them in a worker from the package, with its native canvas module, which main’s own thread never loaded', async () => {
      const maps = await readFile('/proc/self/maps', 'utf8');
      const canvasLibraries = [...new Set(maps.split('\n').flatMap((line) => (/\s(\/\S*@napi-rs\S*\.node)$/.exec(line)?.[1] ?? [])))];
      expect(canvasLibraries.length, 'no @napi-rs/canvas library was loaded by the export').toBeGreaterThan(0);
      expect(canvasLibraries.filter((path) => !path.startsWith(appDir)), 'a native canvas library was loaded from outside the package').toEqual([]);
      const inMainThread = Object.keys(require.cache).filter((path) => path.includes(`${sep}@napi-rs${sep}`));
      expect(inMainThread, 'main’s thread loaded the canvas itself').toEqual([]);
    });
  });

  describe('the .rdesk and .rdesk-template file associations', () => {
    test('are in the configuration electron-builder packaged with', () => {
      expect(packaged.configuration.fileAssociations).toEqual([
        expect.objectContaining({ ext: 'rdesk', mimeType: REPORT_MIME_TYPE, role: 'Editor' }),
        expect.objectContaining({ ext: 'rdesk-template', mimeType: TEMPLATE_MIME_TYPE, role: 'Viewer' }),
      ]);
    });

    test('the deb registers the report type for *.rdesk files and the template type for *.rdesk-template, and its launcher and the AppImage’s accept both', () => {
      expect(packaged.deb.mimeInfo).toContain(`<mime-type type="${REPORT_MIME_TYPE}">`);
      expect(packaged.deb.mimeInfo).toContain('<glob pattern="*.rdesk"/>');
      expect(packaged.deb.mimeInfo).toContain(`<mime-type type="${TEMPLATE_MIME_TYPE}">`);
      expect(packaged.deb.mimeInfo).toContain('<glob pattern="*.rdesk-template"/>');
      for (const [target, { desktopEntry }] of [['deb', packaged.deb], ['AppImage', packaged.appImage]] as const) {
        expect(desktopEntry, `the ${target}'s launcher does not open reports and templates`).toContain(`\nMimeType=${REPORT_MIME_TYPE};${TEMPLATE_MIME_TYPE};\n`);
        expect(desktopEntry, `the ${target}'s launcher is given no file`).toMatch(/\nExec=.* %U\n/);
      }
    });

    test('the window finds its launcher: Electron’s desktopName is the .desktop file both install', () => {
      const { desktopName } = packagedManifest();
      expect(desktopName, 'package.json has no "desktopName"').toBeDefined();
      for (const [target, { desktopFileName, desktopEntry }] of [['deb', packaged.deb], ['AppImage', packaged.appImage]] as const) {
        expect(desktopFileName, `the ${target} installs another .desktop file`).toBe(desktopName);
        expect(desktopEntry).toContain(`\nStartupWMClass=${desktopName!.replace(/\.desktop$/, '')}\n`);
      }
    });
  });

  describe('the Electron fuses', () => {
    test('are in the configuration electron-builder packaged with', () => {
      expect(packaged.configuration.electronFuses).toEqual(FUSES_SET);
    });

    test('are flipped in the packaged executable; the others stay as Electron ships them', async () => {
      const shipped = Object.fromEntries(ELECTRON_FUSES) as FuseStates;
      expect(await readFuses(packaged.electronStandIn), 'the stand-in must start as Electron ships').toEqual(shipped);
      expect(await readFuses(packaged.executable)).toEqual({ ...shipped, ...FUSES_SET });
    });
  });
});
