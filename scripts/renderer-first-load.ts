// What the window loads before it can show anything: the scripts index.html names and every
// script they import statically, gzipped. Views and libraries loaded on first use (charts, the
// import preview) are not in it. The bench prints it; test/e2e/first-load.spec.ts holds it
// under the budget and checks it against what Chromium really loads.
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most JavaScript, gzipped at zlib's default level, the window may load before it shows. */
export const FIRST_LOAD_BUDGET_GZIP_BYTES = 200 * 1024;

export interface FirstLoad {
  /** Paths under the renderer folder ("assets/index-….js"), in the order found. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** The scripts a built module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);
}

export async function rendererFirstLoad(rendererDir: string): Promise<FirstLoad> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map((match) => normalize(match[1]!));
  const files: string[] = [];
  let rawBytes = 0;
  let gzipBytes = 0;
  const queue = [...named];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = await readFile(join(rendererDir, file));
    rawBytes += code.length;
    gzipBytes += gzipSync(code).length;
    for (const imported of staticImports(code.toString('utf8'))) queue.push(relative(rendererDir, join(rendererDir, dirname(file), imported)));
  }
  return { files, rawBytes, gzipBytes };
}
