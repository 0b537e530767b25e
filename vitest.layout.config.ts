import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';

// npm run test:layout: exported documents laid out by LibreOffice and read back with poppler.
const TOOLS = [
  ['soffice', 'LibreOffice'],
  ['pdfinfo', 'poppler-utils'],
  ['pdftoppm', 'poppler-utils'],
  ['pdftotext', 'poppler-utils'],
  ['pdftohtml', 'poppler-utils'],
  ['pdfimages', 'poppler-utils'],
  ['xmllint', 'libxml2-utils'],
] as const;

function missing(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
}

const absent = TOOLS.filter(([command]) => missing(command));
if (absent.length > 0) {
  const names = [...new Set(absent.map(([, name]) => name))].join(' and ');
  console.error(
    `\nLayout tests cannot run: ${names} ${absent.length === 1 ? 'is' : 'are'} missing (${absent.map(([command]) => command).join(', ')} not found); install Debian's packages: apt-get install libreoffice-writer-nogui poppler-utils libxml2-utils\n`,
  );
  process.exit(1);
}

export default defineConfig({
  test: {
    include: ['test/layout/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The chart worker the exports draw with (test/support/built-cli.ts).
    globalSetup: ['test/support/built-cli.ts'],
    setupFiles: ['test/support/chart-worker-setup.ts'],
    hookTimeout: 600_000,
  },
});
