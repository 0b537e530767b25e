// The built command line, built first when it is missing or stale: what the `report-desk` launcher
// (run-cli.cjs), the bench and the tests start from. esbuild loads only when a build is needed.
const { join } = require('node:path');
const { CLI_DIR, CLI_ENTRY, cliBundleIsCurrent } = require('./cli-bundle.cjs');

/** The entry's path, after building the command line in `dir` if it is missing or stale. */
async function ensureCliBundle(dir = CLI_DIR) {
  if (!cliBundleIsCurrent(dir)) {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli(dir);
  }
  return join(dir, CLI_ENTRY);
}
exports.ensureCliBundle = ensureCliBundle;
