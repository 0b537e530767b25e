// Imported first by the start-up snapshot's entry (cli-snapshot.ts), while its modules load at
// build time. fflate (in docx, and ours) probes at load whether the TextDecoder can stream;
// a streaming decoder holds a native converter, which V8 cannot put in a snapshot (the build
// aborts). While the snapshot is built, streaming is refused, so fflate keeps its own decoder
// for streams, which we never use; its whole-buffer decoding stays the native one.
import { startupSnapshot } from 'node:v8';

const NativeTextDecoder = globalThis.TextDecoder;

class SnapshotSafeTextDecoder extends NativeTextDecoder {
  override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    if (options?.stream === true) throw new TypeError('a streaming TextDecoder cannot be kept in the start-up snapshot');
    return super.decode(input, options);
  }
}

if (startupSnapshot.isBuildingSnapshot()) globalThis.TextDecoder = SnapshotSafeTextDecoder;

/** Puts Node's own TextDecoder back once the snapshot's modules have loaded. */
export function restoreTextDecoder(): void {
  globalThis.TextDecoder = NativeTextDecoder;
}
