// The renderer's folders import one way: the features (tables, summary, sections, notes, header, import,
// files, export, charts) above ui/, ui/ above document/. Read from the sources' own imports,
// as TypeScript reads them, so a new import that runs back up fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const RENDERER = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A file's place in the layering: its folder under renderer/, or, at the top, the file itself ("./app"). */
function nodeOf(path: string): string | null {
  const inside = relative(RENDERER, path);
  if (inside.startsWith('..')) return null;
  const parts = inside.split(sep);
  return parts.length === 1 ? `./${parts[0]!.replace(/\.tsx?$/, '')}` : parts[0]!;
}

/** node → the nodes its files import, from every import, export … from and import() in them. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(RENDERER)) {
    const from = nodeOf(file)!;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.') || imported.fileName.endsWith('.css')) continue;
      const to = nodeOf(resolve(dirname(file), imported.fileName));
      if (to !== null && to !== from) targets.add(to);
    }
  }
  return graph;
}

/** Every cycle of two or more nodes, each as the path that closes it ("a → b → a"). */
export function cyclesIn(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles = new Set<string>();
  const walk = (node: string, path: string[]): void => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        // One name per cycle, whichever node it was found from.
        const start = loop.indexOf([...loop].sort()[0]!);
        const turned = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...turned, turned[0]].join(' → '));
      } else {
        walk(next, [...path, next]);
      }
    }
  };
  for (const node of graph.keys()) walk(node, [node]);
  return [...cycles].sort();
}

const FEATURES = ['charts', 'export', 'files', 'header', 'history', 'import', 'narrative', 'notes', 'start', 'summary', 'tables'];

describe('the renderer’s folders import one way', () => {
  const graph = importGraph();

  test('the folders are the ones the layering names', () => {
    const folders = [...graph.keys()].filter((node) => !node.startsWith('./')).sort();
    expect(folders).toEqual([...FEATURES, 'document', 'ui'].sort());
  });

  test('no two folders import each other, nor any longer loop', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  test('document/ imports no other folder: it is the bottom layer', () => {
    expect([...(graph.get('document') ?? [])]).toEqual([]);
  });

  test('ui/ imports document/ at most, never a feature', () => {
    expect([...(graph.get('ui') ?? [])].filter((node) => node !== 'document')).toEqual([]);
  });

  test('nothing imports the window itself but the entry point', () => {
    const importers = [...graph].filter(([, targets]) => targets.has('./app')).map(([node]) => node);
    expect(importers).toEqual(['./main']);
  });

  test('the check finds a loop when there is one', () => {
    const looped = new Map([
      ['tables', new Set(['summary', 'document'])],
      ['summary', new Set(['tables'])],
      ['document', new Set<string>()],
    ]);
    expect(cyclesIn(looped)).toEqual(['summary → tables → summary']);
  });
});
