// Electronegativity (Doyensec's Electron security scanner) over the app's own sources, run by
// npm test. Any finding, or any file it cannot parse (a file it did not check), fails the run;
// a finding that is not a fault is suppressed in place with `eng-disable` and the reason.
//   node scripts/electronegativity.mjs
// Offline: the tool fetches translations and Electron's release list at every run; here `got`
// answers "offline" at once, and the one check that needs the release list is left out (which
// Electron release to ship is the packaging's concern, not something a source scan can tell).
import Module, { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['electron', 'renderer', 'shared'];
const NEEDS_NETWORK = ['AvailableSecurityFixesGlobalCheck'];

const requireTool = createRequire(join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'));
const gotPath = requireTool.resolve('got');
const offline = new Module(gotPath);
offline.filename = gotPath;
offline.loaded = true;
offline.exports = () => Promise.reject(new Error('offline'));
offline.exports.default = offline.exports;
requireTool.cache[gotPath] = offline;

const runner = requireTool('./runner.js');
const run = runner.default ?? runner;
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

// The tool logs "Could not retrieve updated translations" once per run: expected, offline.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
};

// One scan over the app's folders together (the global checks look across all of them), from a
// copy that holds nothing else: no tests, scripts or build output.
const copy = mkdtempSync(join(tmpdir(), 'report-desk-electronegativity-'));
for (const folder of SCANNED) cpSync(join(root, folder), join(copy, folder), { recursive: true });
let result;
try {
  result = await run({ input: copy, electronVersionOverride: electronVersion, excludeFromScan: NEEDS_NETWORK, customScan: [] });
} finally {
  console.log = log;
  rmSync(copy, { recursive: true, force: true });
}
const checks = result.globalChecks + result.atomicChecks;
const findings = result.issues;
const unparsed = result.errors.filter((error) => !error.tolerable);

for (const issue of findings) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${relative(copy, issue.file)}:${issue.location.line}:${issue.location.column}`;
  console.log(`${issue.id} [${issue.severity.name ?? issue.severity.format?.() ?? ''}] ${where}\n  ${issue.sample ?? ''}\n  ${issue.description}`);
}
for (const error of unparsed) console.log(`NOT CHECKED ${relative(copy, error.file)}: ${error.message}`);
console.log(`Electronegativity ${electronVersion === undefined ? '' : `(Electron ${electronVersion}) `}over ${SCANNED.join(', ')}: ${checks} checks, ${findings.length} findings, ${unparsed.length} files not parsed.`);
process.exitCode = findings.length + unparsed.length === 0 ? 0 : 1;
