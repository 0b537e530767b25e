// What every bundle of the command line is built with (build-cli.mjs: the bundle and its chart
// worker; build-cli-snapshot.mjs: the snapshot's one script).
import { ROOT } from './cli-bundle.mjs';
import { docxStoredPackage } from './docx-stored-package.mjs';
import { fflateWithoutWorkers } from './fflate-without-workers.mjs';
import { zodWithoutLocales } from './zod-without-locales.mjs';

export const CLI_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The chart worker's, loaded by Node from node_modules: a native module cannot be bundled.
  external: ['@napi-rs/canvas'],
  plugins: [zodWithoutLocales, fflateWithoutWorkers, docxStoredPackage],
  // Less source to read and compile at every start: most of a short command's time.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  metafile: true,
  write: false,
};
