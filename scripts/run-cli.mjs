#!/usr/bin/env node
// The `report-desk` command (package.json's bin: `npx report-desk`, or `report-desk` after
// `npm install -g .`) and `npm run cli --`: runs the bundled command line in this process,
// building it first when it is missing or older than its sources (right after npm ci, after an
// edit, a pull or a new package). The check is a few stats; esbuild is loaded only to rebuild.
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './cli-bundle.mjs';

let entry;
try {
  entry = await ensureCliBundle();
} catch (error) {
  process.stderr.write(`report-desk: the command line could not be built: ${error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
