// What every bundle of the command line is built with (build-cli.mjs: the entry, the code and
// the chart worker; build-cli-code-cache.mjs: the script that makes the code cache).
import { ROOT } from './cli-bundle.cjs';
import { cryptoOnFirstUse } from './crypto-on-first-use.mjs';
import { docxStoredPackage } from './docx-stored-package.mjs';
import { fflateWithoutWorkers } from './fflate-without-workers.mjs';
import { xmldomWithoutHtmlEntities } from './xmldom-without-html-entities.mjs';
import { zodWithoutLocales } from './zod-without-locales.mjs';

export const CLI_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The chart worker's, loaded by Node from node_modules: a native module cannot be bundled.
  external: ['@napi-rs/canvas'],
  plugins: [zodWithoutLocales, fflateWithoutWorkers, docxStoredPackage, cryptoOnFirstUse, xmldomWithoutHtmlEntities],
  // Less source to read and compile at every start: most of a short command's time.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  metafile: true,
  write: false,
};
