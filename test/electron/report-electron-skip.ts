// Playwright global setup: says once, on one line, why the Electron launch tests skip here.
import { fileURLToPath } from 'node:url';
import { ELECTRON_SKIP_REASON, electronBinary } from './electron-binary';

export default function reportElectronSkip(): void {
  if (electronBinary(fileURLToPath(new URL('../..', import.meta.url))) === null) {
    console.log(`Skipping the Electron launch tests: ${ELECTRON_SKIP_REASON}.`);
  }
}
