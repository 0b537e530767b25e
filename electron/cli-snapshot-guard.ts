// Imported first by the start-up snapshot's entry (cli-snapshot.ts), while its modules load at
// build time. fflate (in docx, and ours) probes at load whether the TextDecoder can stream;
// a streaming decoder holds a native converter, which V8 cannot put in a snapshot (the build
// aborts). While the snapshot is built, streaming is refused, so fflate keeps its own decoder
// for streams, which we never use; its whole-buffer decoding stays the native one.

/** Given by the entry (cli-code-cache.ts) around the code; absent when Node makes the snapshot from it. */
declare const reportDeskLoader: unknown;

/**
 * Whether Node is making the start-up snapshot from this code now. Started by its entry, it is
 * not, and node:v8 is never loaded (it and the streams it loads cost a start 2 ms); only the build
 * of the snapshot, where the entry is absent, asks V8. A require() of Node's own module, kept in
 * place by the bundler, so that it loads only then.
 */
export function buildingSnapshot(): boolean {
  if (typeof reportDeskLoader === 'function') return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:v8') as typeof import('node:v8')).startupSnapshot.isBuildingSnapshot();
}

const NativeTextDecoder = globalThis.TextDecoder;

class SnapshotSafeTextDecoder extends NativeTextDecoder {
  override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    if (options?.stream === true) throw new TypeError('a streaming TextDecoder cannot be kept in the start-up snapshot');
    return super.decode(input, options);
  }
}

if (buildingSnapshot()) globalThis.TextDecoder = SnapshotSafeTextDecoder;

/** Puts Node's own TextDecoder back once the snapshot's modules have loaded. */
export function restoreTextDecoder(): void {
  globalThis.TextDecoder = NativeTextDecoder;
}
