#!/usr/bin/env node
// The `report-desk` command (package.json's bin: `npx report-desk`, or `report-desk` after
// `npm install -g .`) and `npm run cli --`: runs the built command line's entry in this process,
// building it first when it is missing or older than its sources (right after npm ci, after an
// edit, a pull or a new package). The check is a few stats; esbuild is loaded only to rebuild.
const { join } = require('node:path');
const { CLI_DIR, CLI_ENTRY, cliBundleIsCurrent } = require('./cli-bundle.cjs');

if (cliBundleIsCurrent()) require(join(CLI_DIR, CLI_ENTRY));
else {
  require('./ensure-cli.cjs').ensureCliBundle().then(
    (entry) => require(entry),
    (error) => {
      process.stderr.write(`report-desk: the command line could not be built: ${error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
