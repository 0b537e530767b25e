// What the start-up snapshot runs when it may not run the command itself: the entry beside it,
// or the launcher that rebuilds it, in a process of its own. Loaded only then: child_process
// costs every other start a few milliseconds.
import { spawnSync } from 'node:child_process';

/** Runs `script` with this process's arguments, streams and Node flags (the snapshot's own left out); its exit status. */
export function runInstead(script: string, args: readonly string[]): number {
  const flags = process.execArgv.filter((flag, index, all) => flag !== '--snapshot-blob' && all[index - 1] !== '--snapshot-blob' && !flag.startsWith('--snapshot-blob='));
  const run = spawnSync(process.execPath, [...flags, script, ...args], { stdio: 'inherit' });
  return run.status ?? 1;
}
