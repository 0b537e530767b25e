// Whether a start-up snapshot may be used: it must have been made from the bundle now built
// beside it, by this very Node (version, architecture, system). A snapshot that fails any of
// these is never used; the plain bundle runs instead. Node itself also refuses a blob made
// with another V8 or other V8 flags before any of our code runs.

/** What a snapshot was made from and by; the build writes the same for the bundle it made. */
export interface SnapshotBuild {
  /** sha256 of the command line's code (report-desk-code.cjs) the blob was made from. */
  bundle: string;
  node: string;
  arch: string;
  platform: string;
}

/** Beside the blob, written by the build after the blob: what the current build is. */
export const SNAPSHOT_BUILD_FILE = 'report-desk.blob.json';
/** The command line's entry (cli-start.ts), beside the blob. */
export const CLI_ENTRY_FILE = 'report-desk.cjs';

function isSnapshotBuild(value: unknown): value is SnapshotBuild {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['bundle', 'node', 'arch', 'platform'].every((key) => typeof record[key] === 'string');
}

/**
 * Why the snapshot built as `built` may not run in `runtime` when the build beside it says
 * `current`; null when it may. `current` is what was read from SNAPSHOT_BUILD_FILE (anything).
 */
export function snapshotRefusal(built: SnapshotBuild, current: unknown, runtime: Pick<NodeJS.Process, 'version' | 'arch' | 'platform'>): string | null {
  if (!isSnapshotBuild(current)) return `${SNAPSHOT_BUILD_FILE} is missing or unreadable`;
  if (built.bundle === '' || built.bundle !== current.bundle) return 'it was made from another build of the command line';
  if (built.node !== runtime.version || current.node !== runtime.version) return `it was made by Node ${built.node}, and this is Node ${runtime.version}`;
  if (built.arch !== runtime.arch || built.platform !== runtime.platform) return `it was made for ${built.platform}-${built.arch}, and this is ${runtime.platform}-${runtime.arch}`;
  return null;
}
